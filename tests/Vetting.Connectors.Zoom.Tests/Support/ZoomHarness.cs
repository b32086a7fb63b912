using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Vetting.Connectors.Zoom.Webhooks;
using Vetting.Core.Platforms;
using Vetting.Testing.FakeZoom;

namespace Vetting.Connectors.Zoom.Tests.Support;

/// <summary>A fake Zoom on a real socket plus a service provider with the connector pointed at it (account <c>osce</c>).</summary>
internal sealed class ZoomHarness : IAsyncDisposable
{
    public const string Account = "osce";

    private ZoomHarness(FakeZoomServer zoom, ServiceProvider services, FakeLogCollector logs, RecordingSink sink)
    {
        Zoom = zoom;
        Services = services;
        Logs = logs;
        Sink = sink;
    }

    public FakeZoomServer Zoom { get; }

    public ServiceProvider Services { get; }

    public FakeLogCollector Logs { get; }

    public RecordingSink Sink { get; }

    public IEventPlatform Platform => Services.GetRequiredService<IEventPlatform>();

    public ZoomWebhookReceiver Webhooks => Services.GetRequiredService<ZoomWebhookReceiver>();

    public FakeZoomAccount ZoomAccount => Zoom.Scenario.Accounts[0];

    public static PlatformEventRef Meeting(long id, string? occurrence = null) =>
        new(Account, PlatformKind.Zoom, PlatformEventKind.Meeting, id.ToString(System.Globalization.CultureInfo.InvariantCulture), occurrence);

    public static PlatformEventRef Webinar(long id) =>
        new(Account, PlatformKind.Zoom, PlatformEventKind.Webinar, id.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public static Task<ZoomHarness> StartAsync(string scenario, IDictionary<string, string?>? settings = null, TimeProvider? clock = null) =>
        StartAsync(FakeZoomScenario.LoadNamed(scenario), settings, clock);

    /// <param name="clock">When given, both the connector and the fake's token/page-token expiry use it; rate limits stay on real time.</param>
    public static async Task<ZoomHarness> StartAsync(FakeZoomScenario scenario, IDictionary<string, string?>? settings = null, TimeProvider? clock = null)
    {
        var zoom = await FakeZoomServer.StartAsync(scenario, clock, cancellationToken: TestContext.Current.CancellationToken);
        var account = scenario.Accounts[0];
        var prefix = $"Connectors:Zoom:Accounts:{Account}:";
        var config = new Dictionary<string, string?>
        {
            [prefix + "AccountId"] = account.AccountId,
            [prefix + "ClientId"] = account.ClientId,
            [prefix + "ClientSecret"] = account.ClientSecret,
            [prefix + "WebhookSecretToken"] = account.WebhookSecretToken,
            [prefix + "Plan"] = account.Plan,
            [prefix + "OAuthBaseUrl"] = zoom.OAuthBaseUrl,
            [prefix + "ApiBaseUrl"] = zoom.ApiBaseUrl,
            ["Connectors:Zoom:ServerErrorRetryDelay"] = "00:00:00.050",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            config[key] = value;
        }

        var sink = new RecordingSink();
        var logs = new FakeLogCollector();
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Debug).AddProvider(new FakeLoggerProvider(logs)));
        if (clock is not null)
        {
            services.AddSingleton(clock);
        }

        services.AddSingleton<IRegistrationEventSink>(sink);
        services.AddZoomConnector(new ConfigurationBuilder().AddInMemoryCollection(config).Build());
        return new ZoomHarness(zoom, services.BuildServiceProvider(validateScopes: true), logs, sink);
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

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Zoom.DisposeAsync();
    }
}
