using System.Diagnostics;
using System.Globalization;
using Vetting.Connectors.Zoom.Tests.Support;
using Vetting.Core.Platforms;

namespace Vetting.Connectors.Zoom.Tests.Load;

/// <summary>
/// Issue 4's proof: a 5,000-registrant pending webinar is discovered, listed, screened (fixed set: every 100th denied,
/// every 100th + 50 held) and acted on while the fake enforces Pro limits (Medium 20/s, Light 30/s).
/// </summary>
public sealed class PendingWebinar5000Tests
{
    private const long WebinarId = 99000000001;

    [Fact]
    public async Task DiscoverListScreenAct_5000PendingOnPro_NothingLostNothingTwiceNoRepeatedRefusal()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var harness = await ZoomHarness.StartAsync("pending-webinar-5000");
        var watch = Stopwatch.StartNew();

        var webinar = await SingleEventAsync(harness, cancellationToken);
        var registrants = await harness.ListAsync(webinar.Ref);
        var ordered = registrants.Select(r => r.ExternalId).Order(StringComparer.Ordinal).ToList();
        var deny = ordered.Where((_, i) => i % 100 == 0).ToHashSet();
        var hold = ordered.Where((_, i) => i % 100 == 50).ToHashSet();
        var screener = new FixedSetScreener(deny, hold);
        var actions = new List<PlatformAction>();
        foreach (var registrant in registrants)
        {
            var verdict = await screener.ScreenAsync(webinar, registrant, cancellationToken);
            if (RegistrantActionPlanner.Plan(verdict, registrant, $"{registrant.ExternalId}:list-v1") is { } action)
            {
                actions.Add(action);
            }
        }

        var outcomes = await harness.Platform.ApplyAsync(webinar.Ref, actions, cancellationToken);
        watch.Stop();

        Assert.Equal(5000, registrants.Count);
        Assert.Equal(5000, ordered.Distinct().Count());
        Assert.Equal(5000, screener.Screened);
        Assert.Equal(4950, outcomes.Count);
        Assert.All(outcomes, o => Assert.Equal(PlatformActionResult.Applied, o.Result));
        var counts = harness.Zoom.CountByStatus(WebinarId);
        Assert.Equal((4900, 50, 50), (counts["approved"], counts["denied"], counts["pending"]));
        Assert.All(deny, id => Assert.Equal("denied", harness.Zoom.StatusOf(WebinarId, id)));
        Assert.All(hold, id => Assert.Equal("pending", harness.Zoom.StatusOf(WebinarId, id)));
        var changes = harness.Zoom.StatusChanges;
        Assert.Equal(4950, changes.Count);
        Assert.Equal(4950, changes.Select(c => c.RegistrantId).Distinct().Count());

        var api = harness.Zoom.Requests.Where(r => r.Category is not null).ToList();
        var refusedTwiceInARow = api.Zip(api.Skip(1)).Count(p => p.First.IsRateLimited && p.Second.IsRateLimited);
        Assert.Equal(0, refusedTwiceInARow);
        Report(api, watch.Elapsed);
    }

    private static async Task<PlatformEvent> SingleEventAsync(ZoomHarness harness, CancellationToken cancellationToken)
    {
        var events = new List<PlatformEvent>();
        await foreach (var item in harness.Platform.DiscoverEventsAsync(ZoomHarness.Account, cancellationToken))
        {
            events.Add(item);
        }

        var webinar = Assert.Single(events);
        Assert.True(webinar.RegistrantsNeedApproval);
        return webinar;
    }

    private static void Report(List<Vetting.Testing.FakeZoom.FakeZoomRequest> api, TimeSpan wall)
    {
        var served = api.Where(r => !r.IsRateLimited).ToList();
        var medium = served.Count(r => r.Category == "Medium");
        var light = served.Count(r => r.Category == "Light");
        var puts = served.Count(r => r.Method == "PUT");
        var lowerBound = TimeSpan.FromSeconds(medium / 20.0 + light / 30.0);
        var line = string.Create(CultureInfo.InvariantCulture,
            $"5,000 pending on Pro: wall {wall.TotalSeconds:0.00} s vs lower bound {lowerBound.TotalSeconds:0.00} s " +
            $"({medium} Medium at 20/s incl. {puts} status updates, {light} Light at 30/s); " +
            $"{api.Count(r => r.IsRateLimited)} requests refused with 429, none twice in a row");
        TestContext.Current.TestOutputHelper?.WriteLine(line);
        TestContext.Current.SendDiagnosticMessage(line);
        Assert.True(wall >= lowerBound * 0.5, line); // the fake's bucket starts full: half a second of burst at most
    }
}
