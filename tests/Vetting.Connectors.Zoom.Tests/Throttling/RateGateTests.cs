using Microsoft.Extensions.Time.Testing;
using Vetting.Connectors.Zoom.Configuration;
using Vetting.Connectors.Zoom.Throttling;

namespace Vetting.Connectors.Zoom.Tests.Throttling;

public sealed class RateGateTests
{
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(10);

    [Fact]
    public void Reserve_ProMedium_BurstsHalfASecondThenSpacesAt20PerSecond()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));
        var gate = new RateGate(ZoomRateLimits.For(ZoomPlan.Pro, ZoomRateCategory.Medium), clock);

        var waits = Enumerable.Range(0, 12).Select(_ => gate.Reserve(Budget).Wait).ToList();

        Assert.All(waits.Take(10), w => Assert.Equal(TimeSpan.Zero, w));
        Assert.Equal(TimeSpan.FromMilliseconds(50), waits[10]);
        Assert.Equal(TimeSpan.FromMilliseconds(100), waits[11]);
    }

    [Fact]
    public void Reserve_FreePlanDailyQuotaUsed_IsRefusedUntilUtcMidnight()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 23, 0, 0, TimeSpan.Zero));
        var gate = new RateGate(new ZoomRateLimit(1000, 3), clock);

        var granted = Enumerable.Range(0, 3).Select(_ => gate.Reserve(Budget).IsGranted).ToList();
        var refused = gate.Reserve(Budget);
        clock.Advance(TimeSpan.FromHours(1));

        Assert.All(granted, Assert.True);
        Assert.False(refused.IsGranted);
        Assert.True(refused.IsDaily);
        Assert.Equal(TimeSpan.FromHours(1), refused.Wait);
        Assert.True(gate.Reserve(Budget).IsGranted);
    }

    [Fact]
    public void Reserve_AfterPause_WaitsForThePauseOrRefusesBeyondTheBudget()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));
        var gate = new RateGate(ZoomRateLimits.For(ZoomPlan.Business, ZoomRateCategory.Light), clock);

        gate.PauseUntil(clock.GetUtcNow().AddSeconds(2));

        Assert.Equal(TimeSpan.FromSeconds(2), gate.Reserve(Budget).Wait);
        var refused = gate.Reserve(TimeSpan.FromSeconds(1));
        Assert.False(refused.IsGranted);
        Assert.True(refused.Wait >= TimeSpan.FromSeconds(2));
    }

    [Theory]
    [InlineData(ZoomPlan.Free, "Medium", 2, 2000)]
    [InlineData(ZoomPlan.Pro, "Light", 30, null)]
    [InlineData(ZoomPlan.Business, "Medium", 60, null)]
    [InlineData(ZoomPlan.Free, "Light", 4, 6000)]
    public void For_PlanAndCategory_MatchesTheDocumentedTable(ZoomPlan plan, string category, double perSecond, int? daily)
    {
        Assert.Equal(new ZoomRateLimit(perSecond, daily), ZoomRateLimits.For(plan, Enum.Parse<ZoomRateCategory>(category)));
    }

    [Theory]
    [InlineData("2026-03-03T00:00:00Z", "2026-03-03T00:00:00+00:00")]
    [InlineData("Tue, 03 Mar 2026 00:00:00 GMT", "2026-03-03T00:00:00+00:00")]
    [InlineData("5", "2026-03-02T12:00:05+00:00")]
    [InlineData("soon", null)]
    [InlineData("", null)]
    public void ParseRetryAfter_DateSecondsOrGarbage_ReadsWhatItCan(string value, string? expected)
    {
        var now = new DateTimeOffset(2026, 3, 2, 12, 0, 0, TimeSpan.Zero);

        var parsed = ZoomRateLimitRefusal.ParseRetryAfter(value, now);

        Assert.Equal(expected is null ? null : DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), parsed);
    }
}
