using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Vetting.Connectors.Graph.Platform;
using Vetting.Connectors.Graph.Subscriptions;
using Vetting.Core.Platforms;
using Vetting.Service.Webhooks;
using Vetting.Testing.FakeGraph;

namespace Vetting.Connectors.Graph.Tests.Support;

/// <summary>
/// The fake Graph on real sockets, and a Kestrel host with the connector pointed at it (tenant <c>osce</c>, real SDK,
/// real Azure.Identity against the fake's TLS token endpoint) and <c>MapGraphNotifications</c> at its own port.
/// </summary>
internal sealed class GraphHarness : IAsyncDisposable
{
    public const string Tenant = "osce";

    private GraphHarness(FakeGraphServer graph, WebApplication app, FakeLogCollector logs, RecordingSink sink, string notificationUrl)
    {
        Graph = graph;
        App = app;
        Logs = logs;
        Sink = sink;
        NotificationUrl = notificationUrl;
    }

    public FakeGraphServer Graph { get; }

    public WebApplication App { get; }

    public FakeLogCollector Logs { get; }

    public RecordingSink Sink { get; }

    public string NotificationUrl { get; }

    public IServiceProvider Services => App.Services;

    public IEventPlatform Platform => Services.GetRequiredService<GraphEventPlatform>();

    public GraphWatcher Watcher => Services.GetRequiredService<GraphWatcher>();

    public static PlatformEventRef Ref(string id, PlatformEventKind kind = PlatformEventKind.Webinar) => new(Tenant, PlatformKind.MicrosoftGraph, kind, id);

    /// <param name="subscribe">Configure NotificationUrl to the host's endpoint (else the tenant is polled).</param>
    /// <param name="certificatePath">Authenticate with this PFX instead of the client secret.</param>
    public static async Task<GraphHarness> StartAsync(
        FakeGraphScenario scenario, bool subscribe = false, IDictionary<string, string?>? settings = null, TimeProvider? clock = null,
        string? certificatePath = null, IReadOnlyList<string>? organizers = null)
    {
        var graph = await FakeGraphServer.StartAsync(scenario, clock, TestContext.Current.CancellationToken);
        var port = FreePort();
        var notificationUrl = $"http://127.0.0.1:{port}{GraphNotificationEndpoints.Route}";
        var tenant = scenario.Tenants[0];
        var prefix = $"Connectors:MicrosoftGraph:Tenants:{Tenant}:";
        var config = new Dictionary<string, string?>
        {
            [prefix + "TenantId"] = tenant.TenantId,
            [prefix + "ClientId"] = tenant.ClientId,
            [prefix + (certificatePath is null ? "ClientSecret" : "CertificatePath")] = certificatePath ?? tenant.ClientSecret,
            [prefix + "GraphBaseUrl"] = graph.GraphBaseUrl,
            [prefix + "AuthorityHost"] = graph.AuthorityHost,
            [prefix + "NotificationUrl"] = subscribe ? notificationUrl : null,
            ["Connectors:MicrosoftGraph:WatchEnabled"] = "false",
            ["Connectors:MicrosoftGraph:RetryDelaySeconds"] = "0",
        };
        var organizerList = organizers ?? [GraphScenarios.OlgaUpn, GraphScenarios.Piet];
        for (var i = 0; i < organizerList.Count; i++)
        {
            config[$"{prefix}Organizers:{i}"] = organizerList[i];
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            config[key] = value;
        }

        var sink = new RecordingSink();
        var logs = new FakeLogCollector();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(LogLevel.Trace).AddProvider(new FakeLoggerProvider(logs));
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, port));
        builder.Configuration.AddInMemoryCollection(config);
        if (clock is not null)
        {
            builder.Services.AddSingleton(clock);
        }

        builder.Services.AddSingleton<IRegistrationEventSink>(sink);
        builder.Services.AddGraphConnector(builder.Configuration);
        // Trust the fake's self-signed TLS certificate on the token requests, and nothing else.
        var thumbprint = graph.TlsCertificate.GetCertHashString();
        builder.Services.AddHttpClient(GraphTenant.IdentityClientName(Tenant)).ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
        {
            SslOptions = new SslClientAuthenticationOptions
            {
                RemoteCertificateValidationCallback = (_, certificate, _, _) => certificate?.GetCertHashString() == thumbprint,
            },
        });
        var app = builder.Build();
        app.MapGraphNotifications();
        await app.StartAsync(TestContext.Current.CancellationToken);
        return new GraphHarness(graph, app, logs, sink, notificationUrl);
    }

    public async Task<List<PlatformRegistrant>> ListAsync(PlatformEventRef eventRef)
    {
        var list = new List<PlatformRegistrant>();
        await foreach (var registrant in Platform.ListRegistrantsAsync(eventRef, TestContext.Current.CancellationToken))
        {
            list.Add(registrant);
        }

        return list;
    }

    public async Task<List<PlatformEvent>> DiscoverAsync()
    {
        var list = new List<PlatformEvent>();
        await foreach (var found in Platform.DiscoverEventsAsync(Tenant, TestContext.Current.CancellationToken))
        {
            list.Add(found);
        }

        return list;
    }

    public List<FakeGraphRequest> GraphRequests(string method, string pathPart) =>
        [.. Graph.Requests.Where(r => r.Method == method && r.Path.Contains(pathPart, StringComparison.Ordinal))];

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        await Graph.DisposeAsync();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
