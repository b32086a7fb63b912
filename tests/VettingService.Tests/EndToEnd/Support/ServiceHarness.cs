using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Vetting.Core.Platforms;
using Vetting.Core.Vetting;
using Vetting.Service.Hosting;
using Vetting.Testing.FakeZoom;

namespace VettingService.Tests.EndToEnd.Support;

/// <summary>
/// The real service host (<see cref="VettingApp"/>) on a loopback port with the fake Zoom behind it, on a data folder
/// the test owns (so a second host can start on the same database after the first is gone).
/// </summary>
internal sealed class ServiceHarness : IAsyncDisposable
{
    public const string Account = "osce";

    private bool _disposed;

    private ServiceHarness(WebApplication app, Uri baseAddress)
    {
        App = app;
        BaseAddress = baseAddress;
    }

    public WebApplication App { get; }

    public Uri BaseAddress { get; }

    public static PlatformEventRef Meeting => new(Account, PlatformKind.Zoom, PlatformEventKind.Meeting, ZoomScenarios.MeetingId.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public static async Task<ServiceHarness> StartAsync(
        FakeZoomServer? zoom,
        string dataDirectory,
        bool jobServer = false,
        Action<IServiceCollection>? configure = null,
        IReadOnlyDictionary<string, string?>? extraSettings = null,
        int port = 0)
    {
        var settings = zoom is null ? new Dictionary<string, string?>() : ZoomSettings(zoom);
        foreach (var (key, value) in new Dictionary<string, string?>
        {
            ["Vetting:Demo:Enabled"] = "false",
            ["Vetting:Jobs:Server"] = jobServer ? "true" : "false",
            ["Vetting:Jobs:WatchlistRefresh"] = "false",
            ["Vetting:Jobs:NoticeDelay"] = "00:00:00",
            ["Vetting:Jobs:PollInterval"] = "00:00:00.200",
            ["Logging:LogLevel:Default"] = "Warning",
        }.Concat(extraSettings ?? new Dictionary<string, string?>()))
        {
            settings[key] = value;
        }

        var builder = VettingApp.CreateBuilder(new VettingHostOptions
        {
            DataDirectory = dataDirectory,
            Urls = $"http://127.0.0.1:{port}",
            Settings = settings,
            EnvironmentName = "Testing",
        });
        configure?.Invoke(builder.Services);
        var app = VettingApp.Build(builder);
        await app.StartAsync(TestContext.Current.CancellationToken);
        var address = app.Urls.First();
        return new ServiceHarness(app, new Uri(address.Replace("[::]", IPAddress.Loopback.ToString(), StringComparison.Ordinal) + "/"));
    }

    /// <summary>The fake Zoom's account as the service's Zoom account <see cref="Account"/>.</summary>
    private static Dictionary<string, string?> ZoomSettings(FakeZoomServer zoom)
    {
        var account = zoom.Scenario.Accounts[0];
        var prefix = $"Connectors:Zoom:Accounts:{Account}:";
        return new Dictionary<string, string?>
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
    }

    /// <summary>A loopback port free now, for a host whose address must be known before it starts (webhook subscriptions).</summary>
    public static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public T Get<T>()
        where T : notnull => App.Services.GetRequiredService<T>();

    /// <summary>The stored event (default: the Zoom <see cref="Meeting"/>); throws when it was not discovered.</summary>
    public async Task<VettedEvent> EventAsync(PlatformEventRef? eventRef = null) =>
        await Get<IEventStore>().FindEventAsync(eventRef ?? Meeting, TestContext.Current.CancellationToken)
        ?? throw new InvalidOperationException($"{eventRef ?? Meeting} was not discovered");

    public async Task<VettedRegistrant> RegistrantAsync(string externalId, PlatformEventRef? eventRef = null) =>
        await Get<IRegistrantStore>().FindRegistrantAsync((await EventAsync(eventRef)).Id, externalId, TestContext.Current.CancellationToken)
        ?? throw new InvalidOperationException($"registrant {externalId} not stored");

    public async Task<VettingDecision?> DecisionAsync(string externalId, PlatformEventRef? eventRef = null) =>
        (await RegistrantAsync(externalId, eventRef)).CurrentDecisionId is { } id
            ? await Get<IDecisionStore>().GetDecisionAsync(id, TestContext.Current.CancellationToken)
            : null;

    /// <summary>The registrant's current decision, or null while the event or registrant is not stored or not decided (for waits).</summary>
    public async Task<VettingDecision?> FindDecisionAsync(string externalId, PlatformEventRef eventRef)
    {
        var ct = TestContext.Current.CancellationToken;
        var vettedEvent = await Get<IEventStore>().FindEventAsync(eventRef, ct);
        var registrant = vettedEvent is null ? null : await Get<IRegistrantStore>().FindRegistrantAsync(vettedEvent.Id, externalId, ct);
        return registrant?.CurrentDecisionId is { } id ? await Get<IDecisionStore>().GetDecisionAsync(id, ct) : null;
    }

    /// <summary>Stops the host; a second call does nothing (a <see cref="ZoomTestBed"/> stops the hosts a test did not).</summary>
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        await App.StopAsync(CancellationToken.None);
        await App.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }
}
