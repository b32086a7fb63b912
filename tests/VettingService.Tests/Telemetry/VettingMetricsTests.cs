using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Time.Testing;
using Vetting.Core.Platforms;
using Vetting.Core.Vetting;
using Vetting.Service.Telemetry;

namespace VettingService.Tests.Telemetry;

public sealed class VettingMetricsTests : IDisposable
{
    private readonly ServiceProvider _services = new ServiceCollection().AddVettingTelemetry().BuildServiceProvider();

    public void Dispose() => _services.Dispose();

    private VettingMetrics Metrics => _services.GetRequiredService<VettingMetrics>();

    private MetricCollector<T> Collect<T>(string instrument)
        where T : struct =>
        new(_services.GetRequiredService<IMeterFactory>(), VettingMetrics.MeterName, instrument);

    [Fact]
    public void RegistrantsScreened_Count_RecordedWithTriggerTag()
    {
        using var collector = Collect<long>("vetting.registrants.screened");

        Metrics.RegistrantsScreened(ScreeningTrigger.Rescreen, 7);
        Metrics.RegistrantsScreened(ScreeningTrigger.FinalCheck, 2);

        var measurements = collector.GetMeasurementSnapshot();
        Assert.Equal([7L, 2L], measurements.Select(m => m.Value));
        Assert.Equal(["rescreen", "final_check"], measurements.Select(m => m.Tags[MetricTags.Trigger]));
    }

    [Theory]
    [InlineData(DecisionKind.Review, "review")]
    [InlineData(DecisionKind.BlockProposed, "block_proposed")]
    [InlineData(DecisionKind.Block, "block")]
    public void FlagsRaised_FlagKind_TaggedByDecision(DecisionKind decision, string tag)
    {
        using var collector = Collect<long>("vetting.flags.raised");

        Metrics.FlagsRaised(decision, 3);

        var measurement = Assert.Single(collector.GetMeasurementSnapshot());
        Assert.Equal(3, measurement.Value);
        Assert.Equal(tag, measurement.Tags[MetricTags.Decision]);
    }

    [Theory]
    [InlineData(DecisionKind.Clear)]
    [InlineData(DecisionKind.Confirmed)]
    [InlineData(DecisionKind.Dismissed)]
    [InlineData(DecisionKind.Released)]
    public void FlagsRaised_KindThatIsNoFlag_Throws(DecisionKind decision)
    {
        using var collector = Collect<long>("vetting.flags.raised");

        Assert.Throws<ArgumentOutOfRangeException>(() => Metrics.FlagsRaised(decision));
        Assert.Empty(collector.GetMeasurementSnapshot());
    }

    [Fact]
    public void PlatformActions_EnforcementCounts_OneMeasurementPerNonZeroOutcome()
    {
        using var collector = Collect<long>("vetting.platform.actions");

        Metrics.PlatformActions(PlatformKind.MicrosoftGraph, applied: 4, notEnforceable: 0, failed: 1);

        var measurements = collector.GetMeasurementSnapshot();
        Assert.Equal(2, measurements.Count);
        Assert.All(measurements, m => Assert.Equal("microsoft_graph", m.Tags[MetricTags.Platform]));
        Assert.Equal(4, measurements.Single(m => (string?)m.Tags[MetricTags.Outcome] == "applied").Value);
        Assert.Equal(1, measurements.Single(m => (string?)m.Tags[MetricTags.Outcome] == "failed").Value);
    }

    [Fact]
    public void PlatformActions_NegativeCount_ThrowsAndRecordsNothing()
    {
        using var collector = Collect<long>("vetting.platform.actions");

        Assert.Throws<ArgumentOutOfRangeException>(() => Metrics.PlatformActions(PlatformKind.Zoom, 1, -1, 0));
        Assert.Empty(collector.GetMeasurementSnapshot());
    }

    [Fact]
    public void PlatformThrottled_RetryAfter_CountsEventAndRecordsWaitInSeconds()
    {
        using var events = Collect<long>("vetting.platform.throttled");
        using var waits = Collect<double>("vetting.platform.throttle.wait");

        Metrics.PlatformThrottled(PlatformKind.Zoom, TimeSpan.FromMinutes(5));

        var counted = Assert.Single(events.GetMeasurementSnapshot());
        Assert.Equal(1, counted.Value);
        Assert.Equal("zoom", counted.Tags[MetricTags.Platform]);
        Assert.Equal(300, Assert.Single(waits.GetMeasurementSnapshot()).Value);
    }

    [Fact]
    public void PlatformThrottled_UndefinedPlatform_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Metrics.PlatformThrottled((PlatformKind)99, TimeSpan.Zero));
    }

    [Fact]
    public void WatchlistVersionActivated_Source_CountedPerSource()
    {
        using var collector = Collect<long>("vetting.watchlist.versions.activated");

        Metrics.WatchlistVersionActivated("un-sc");

        var measurement = Assert.Single(collector.GetMeasurementSnapshot());
        Assert.Equal("un-sc", measurement.Tags[MetricTags.Source]);
        Assert.Throws<ArgumentException>(() => Metrics.WatchlistVersionActivated(" "));
    }

    [Fact]
    public void WatchlistAge_ActiveLists_ObservedInSecondsPerSource()
    {
        var now = new DateTimeOffset(2025, 3, 10, 12, 0, 0, TimeSpan.Zero);
        var time = new FakeTimeProvider(now);
        using var services = new ServiceCollection()
            .AddSingleton<TimeProvider>(time)
            .AddSingleton<Vetting.Core.Watchlists.IWatchlistStore>(new FixedWatchlistStore(
                FixedWatchlistStore.Version("ofac-sdn", now.AddHours(-30)),
                FixedWatchlistStore.Version("un-sc", now.AddDays(-3))))
            .AddVettingTelemetry()
            .BuildServiceProvider();
        _ = services.GetRequiredService<VettingMetrics>();
        using var collector = new MetricCollector<double>(services.GetRequiredService<IMeterFactory>(), VettingMetrics.MeterName, "vetting.watchlist.age");

        collector.RecordObservableInstruments();

        var ages = collector.GetMeasurementSnapshot().ToDictionary(m => (string)m.Tags[MetricTags.Source]!, m => m.Value);
        Assert.Equal(30 * 3600, ages["ofac-sdn"]);
        Assert.Equal(3 * 86400, ages["un-sc"]);
    }
}
