using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Vetting.Testing.FakeZoom;

/// <summary>
/// A fake Zoom on Kestrel at 127.0.0.1 (port 0 by default): OAuth token, users, meetings, webinars, registrants with
/// paging and status updates, per-plan rate limits with Zoom's headers, and injectable faults (zoom-api.md §9).
/// Everything it serves comes from a <see cref="FakeZoomScenario"/>.
/// </summary>
public sealed partial class FakeZoomServer : IAsyncDisposable
{
    private readonly Lock _gate = new();
    private readonly List<FakeZoomRequest> _requests = [];
    private readonly List<FakeZoomStatusChange> _changes = [];
    private readonly List<FaultSlot> _faults = [];
    private readonly Dictionary<long, FakeZoomEventState> _events = [];
    private readonly FakeZoomRateLimiter _limiter;
    private WebApplication? _app;

    private FakeZoomServer(FakeZoomScenario scenario, TimeProvider clock, TimeProvider rateClock)
    {
        Scenario = scenario;
        Clock = clock;
        RateClock = rateClock;
        _limiter = new FakeZoomRateLimiter(rateClock);
        foreach (var account in scenario.Accounts)
        {
            foreach (var meeting in account.Meetings)
            {
                _events.Add(meeting.Id, new FakeZoomEventState(account, isWebinar: false, meeting));
            }

            foreach (var webinar in account.Webinars)
            {
                _events.Add(webinar.Id, new FakeZoomEventState(account, isWebinar: true, webinar));
            }
        }

        foreach (var fault in scenario.Faults)
        {
            AddFault(fault);
        }
    }

    public FakeZoomScenario Scenario { get; }

    /// <summary>Clock for token and page-token expiry and for "upcoming".</summary>
    public TimeProvider Clock { get; }

    /// <summary>Clock for the rate-limit buckets (real time unless a test says otherwise).</summary>
    public TimeProvider RateClock { get; }

    /// <summary><c>http://127.0.0.1:port/</c>; also the OAuth base URL.</summary>
    public Uri BaseUrl { get; private set; } = new("http://127.0.0.1/");

    public string OAuthBaseUrl => BaseUrl.ToString().TrimEnd('/');

    public string ApiBaseUrl => OAuthBaseUrl + "/v2";

    public static async Task<FakeZoomServer> StartAsync(
        FakeZoomScenario scenario, TimeProvider? clock = null, TimeProvider? rateClock = null, int port = 0,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var server = new FakeZoomServer(scenario, clock ?? TimeProvider.System, rateClock ?? TimeProvider.System);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, port));
        var app = builder.Build();
        app.Run(server.HandleAsync);
        await app.StartAsync(cancellationToken);
        server._app = app;
        server.BaseUrl = new Uri(app.Urls.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal) + "/");
        return server;
    }

    /// <summary>Every request so far, in arrival order.</summary>
    public IReadOnlyList<FakeZoomRequest> Requests
    {
        get
        {
            lock (_gate)
            {
                return [.. _requests];
            }
        }
    }

    /// <summary>Every registrant item of every accepted status update, in order.</summary>
    public IReadOnlyList<FakeZoomStatusChange> StatusChanges
    {
        get
        {
            lock (_gate)
            {
                return [.. _changes];
            }
        }
    }

    /// <summary>Current status of one registrant.</summary>
    public string StatusOf(long eventId, string registrantId)
    {
        lock (_gate)
        {
            return _events[eventId].ById[registrantId].Status;
        }
    }

    /// <summary>Registrant ids of an event by current status.</summary>
    public IReadOnlyDictionary<string, int> CountByStatus(long eventId)
    {
        lock (_gate)
        {
            return _events[eventId].Registrants.GroupBy(r => r.Status).ToDictionary(g => g.Key, g => g.Count());
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var at = RateClock.GetUtcNow();
        context.Response.Headers["x-zm-trackingid"] = "fake-" + Guid.NewGuid().ToString("N")[..12];
        var outcome = new RequestOutcome();
        try
        {
            await DispatchAsync(context, outcome);
        }
        finally
        {
            lock (_gate)
            {
                _requests.Add(new FakeZoomRequest(at, outcome.Account, request.Method, request.Path.Value ?? "", request.QueryString.Value ?? "",
                    outcome.Dropped ? 0 : context.Response.StatusCode, outcome.Category));
            }
        }
    }

    private sealed class RequestOutcome
    {
        public string? Account { get; set; }

        public string? Category { get; set; }

        public bool Dropped { get; set; }
    }
}
