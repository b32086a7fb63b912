using System.Net;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Vetting.Testing.FakeGraph;

/// <summary>
/// A fake Microsoft Graph and Entra token endpoint on Kestrel at 127.0.0.1: Graph on plain http (the SDK allows a
/// loopback host), the token endpoint on https with a self-signed certificate made in-process (Azure.Identity refuses
/// an authority without TLS). Serves webinars, town halls, registrations with absolute <c>@odata.nextLink</c>s,
/// cancel, subscriptions with the validation handshake, notifications, Graph error JSON and injected faults.
/// </summary>
public sealed partial class FakeGraphServer : IAsyncDisposable
{
    private readonly Lock _gate = new();
    private readonly List<FakeGraphRequest> _requests = [];
    private readonly List<FaultSlot> _faults = [];
    private readonly Dictionary<string, EventState> _events = new(StringComparer.OrdinalIgnoreCase);
    private readonly HttpClient _outbound = new() { Timeout = TimeSpan.FromSeconds(10) };
    private WebApplication? _app;

    private FakeGraphServer(FakeGraphScenario scenario, TimeProvider clock)
    {
        Scenario = scenario;
        Clock = clock;
        foreach (var tenant in scenario.Tenants)
        {
            foreach (var item in tenant.Events)
            {
                _events.Add(item.Id, new EventState(tenant, item, [.. item.Registrations.Select(r => (JsonObject)r.DeepClone())]));
            }
        }

        foreach (var fault in scenario.Faults)
        {
            AddFault(fault);
        }
    }

    public FakeGraphScenario Scenario { get; }

    public TimeProvider Clock { get; }

    /// <summary><c>http://127.0.0.1:port/v1.0</c>: the Graph base URL to configure.</summary>
    public string GraphBaseUrl { get; private set; } = "";

    /// <summary><c>https://127.0.0.1:port/</c>: the Entra authority host to configure.</summary>
    public string AuthorityHost { get; private set; } = "";

    /// <summary>The self-signed TLS certificate of the token endpoint, for a client to trust.</summary>
    public X509Certificate2 TlsCertificate { get; private set; } = null!;

    public static async Task<FakeGraphServer> StartAsync(FakeGraphScenario scenario, TimeProvider? clock = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var server = new FakeGraphServer(scenario, clock ?? TimeProvider.System);
        server.TlsCertificate = FakeGraphCertificates.CreateTls();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options =>
        {
            options.Listen(IPAddress.Loopback, 0);
            options.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(server.TlsCertificate));
        });
        var app = builder.Build();
        app.Run(server.HandleAsync);
        await app.StartAsync(cancellationToken);
        server._app = app;
        var urls = app.Urls.ToList();
        server.GraphBaseUrl = urls.First(u => u.StartsWith("http://", StringComparison.Ordinal)) + "/v1.0";
        server.AuthorityHost = urls.First(u => u.StartsWith("https://", StringComparison.Ordinal)) + "/";
        return server;
    }

    /// <summary>Every request so far, in arrival order.</summary>
    public IReadOnlyList<FakeGraphRequest> Requests
    {
        get
        {
            lock (_gate)
            {
                return [.. _requests];
            }
        }
    }

    /// <summary>The current status of one registration.</summary>
    public string? StatusOf(string eventId, string registrationId)
    {
        lock (_gate)
        {
            return _events[eventId].Find(registrationId)?["status"]?.GetValue<string>();
        }
    }

    /// <summary>Adds a registration to an event (as a registrant signing up would).</summary>
    public void AddRegistration(string eventId, JsonObject registration)
    {
        lock (_gate)
        {
            _events[eventId].Registrations.Add(registration);
        }
    }

    /// <summary>Sets a registration's status (as an organizer would in Teams).</summary>
    public void SetStatus(string eventId, string registrationId, string status)
    {
        lock (_gate)
        {
            _events[eventId].Find(registrationId)!["status"] = status;
        }
    }

    public void AddFault(FakeGraphFault fault)
    {
        ArgumentNullException.ThrowIfNull(fault);
        lock (_gate)
        {
            _faults.Add(new FaultSlot(fault));
        }
    }

    public async ValueTask DisposeAsync()
    {
        _outbound.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        TlsCertificate.Dispose();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        string? tenant = null;
        try
        {
            tenant = await DispatchAsync(context);
        }
        finally
        {
            lock (_gate)
            {
                _requests.Add(new FakeGraphRequest(request.Method, request.Path.Value ?? "", request.QueryString.Value ?? "",
                    context.Response.StatusCode, tenant, request.Headers["Retry-Attempt"].FirstOrDefault()));
            }
        }
    }

    private sealed record EventState(FakeGraphTenant Tenant, FakeGraphEvent Event, List<JsonObject> Registrations)
    {
        public JsonObject? Find(string id) =>
            Registrations.FirstOrDefault(r => string.Equals(r["id"]?.GetValue<string>(), id, StringComparison.OrdinalIgnoreCase));
    }

    private sealed class FaultSlot(FakeGraphFault fault)
    {
        public FakeGraphFault Fault { get; } = fault;

        public int Remaining { get; set; } = fault.Count;

        public int ToSkip { get; set; } = fault.Skip;
    }
}
