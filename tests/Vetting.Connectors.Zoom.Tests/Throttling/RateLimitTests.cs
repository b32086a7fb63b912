using Vetting.Connectors.Zoom.Tests.Support;
using Vetting.Core.Platforms;
using Vetting.Testing.FakeZoom;

namespace Vetting.Connectors.Zoom.Tests.Throttling;

public sealed class RateLimitTests
{
    private const string Registrants = "GET /v2/meetings/*/registrants";
    private static readonly PlatformEventRef Briefing = ZoomHarness.Meeting(85746065123);

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ListRegistrants_PerSecondRefusal_WaitsAtLeastASecondThenSucceeds(bool headers)
    {
        await using var harness = await ZoomHarness.StartAsync("basic");
        harness.Zoom.AddFault(new FakeZoomFault { Route = Registrants, Kind = FakeZoomFaultKind.RateLimitQps, Headers = headers });

        var registrants = await harness.ListAsync(Briefing);

        Assert.Equal(5, registrants.Count);
        var calls = harness.Zoom.Requests.Where(r => r.Path.EndsWith("/registrants", StringComparison.Ordinal)).ToList();
        Assert.Equal([429, 200, 200, 200], calls.Select(r => r.Status));
        Assert.True(calls[1].At - calls[0].At >= TimeSpan.FromSeconds(0.95), $"retried after {(calls[1].At - calls[0].At).TotalMilliseconds} ms");
        Assert.Contains(harness.Logs.GetSnapshot(), l => l.Id.Id == 2002);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ListRegistrants_DailyLimit_ThrowsThrottledUntilMidnightAndStopsTheCategory(bool headers)
    {
        await using var harness = await ZoomHarness.StartAsync("basic");
        harness.Zoom.AddFault(new FakeZoomFault { Route = Registrants, Kind = FakeZoomFaultKind.RateLimitDaily, Headers = headers });

        var error = await Assert.ThrowsAsync<PlatformThrottledException>(() => harness.ListAsync(Briefing));
        var again = await Assert.ThrowsAsync<PlatformThrottledException>(() => harness.ListAsync(Briefing));

        Assert.Equal("Medium/Daily-limit", error.Limit);
        Assert.InRange(error.RetryAfter, TimeSpan.FromSeconds(1), TimeSpan.FromHours(24));
        Assert.Contains("Reschedule the job", error.Message, StringComparison.Ordinal);
        Assert.InRange(again.RetryAfter, TimeSpan.Zero, error.RetryAfter);
        Assert.Single(harness.Zoom.Requests, r => r.Path.EndsWith("/registrants", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ListRegistrants_WaitLongerThanTheBudget_ThrowsInsteadOfBlocking()
    {
        await using var harness = await ZoomHarness.StartAsync("basic", new Dictionary<string, string?>
        {
            ["Connectors:Zoom:MaxThrottleWait"] = "00:00:00.500",
        });
        harness.Zoom.AddFault(new FakeZoomFault { Route = Registrants, Kind = FakeZoomFaultKind.RateLimitQps });

        var error = await Assert.ThrowsAsync<PlatformThrottledException>(() => harness.ListAsync(Briefing));

        Assert.True(error.RetryAfter >= TimeSpan.FromSeconds(1));
        Assert.Equal("Medium/QPS", error.Limit);
        Assert.Single(harness.Zoom.Requests, r => r.Path.EndsWith("/registrants", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ListRegistrants_RefusedMoreTimesThanAllowed_ThrowsThrottled()
    {
        await using var harness = await ZoomHarness.StartAsync("basic", new Dictionary<string, string?>
        {
            ["Connectors:Zoom:MaxRateLimitRetries"] = "1",
        });
        harness.Zoom.AddFault(new FakeZoomFault { Route = Registrants, Kind = FakeZoomFaultKind.RateLimitQps, Count = 5 });

        var error = await Assert.ThrowsAsync<PlatformThrottledException>(() => harness.ListAsync(Briefing));

        Assert.Contains("refused 2 times in a row", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, harness.Zoom.Requests.Count(r => r.IsRateLimited));
    }

    [Fact]
    public async Task Discover_LightAndMediumCalls_CarryTheirOwnCategories()
    {
        await using var harness = await ZoomHarness.StartAsync("basic");

        await foreach (var _ in harness.Platform.DiscoverEventsAsync(ZoomHarness.Account, TestContext.Current.CancellationToken))
        {
        }

        Assert.All(harness.Zoom.Requests.Where(r => r.Category == "Light"), r => Assert.Matches("^/v2/(meetings|webinars)/[0-9]+$", r.Path));
        Assert.Contains(harness.Zoom.Requests, r => r.Category == "Medium" && r.Path == "/v2/users");
    }
}
