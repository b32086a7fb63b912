using System.Diagnostics.Metrics;
using Vetting.Core.Platforms;
using Vetting.Core.Vetting;
using Vetting.Core.Watchlists;

namespace Vetting.Service.Telemetry;

/// <summary>
/// The service's own instruments on the <c>Vetting</c> meter. Jobs and endpoints record through these methods (a
/// singleton from <c>AddVettingTelemetry</c>); every tag is a fixed word, never an id, a name or an e-mail.
/// </summary>
internal sealed class VettingMetrics
{
    public const string MeterName = "Vetting";

    private readonly Counter<long> _screened;
    private readonly Counter<long> _flags;
    private readonly Counter<long> _actions;
    private readonly Counter<long> _throttled;
    private readonly Histogram<double> _throttleWait;
    private readonly Counter<long> _activations;
    private readonly IWatchlistStore? _watchlists;
    private readonly TimeProvider _time;

    /// <param name="watchlists">When given, <c>vetting.watchlist.age</c> reports the age of every active list.</param>
    public VettingMetrics(IMeterFactory meterFactory, TimeProvider time, IWatchlistStore? watchlists = null)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        ArgumentNullException.ThrowIfNull(time);
        _time = time;
        _watchlists = watchlists;
        var meter = meterFactory.Create(MeterName);
        _screened = meter.CreateCounter<long>(
            "vetting.registrants.screened", "{registrant}", "Registrants screened against the active watchlists, by trigger.");
        _flags = meter.CreateCounter<long>(
            "vetting.flags.raised", "{flag}", "Automatic decisions that hold or block a registrant, by decision.");
        _actions = meter.CreateCounter<long>(
            "vetting.platform.actions", "{action}", "Platform actions (approve, deny, cancel) attempted, by platform and outcome.");
        _throttled = meter.CreateCounter<long>(
            "vetting.platform.throttled", "{event}", "Waits a platform imposed that sent the work back to the job queue, by platform.");
        _throttleWait = meter.CreateHistogram<double>(
            "vetting.platform.throttle.wait", "s", "How long a platform asked the job to wait (Retry-After), by platform.");
        _activations = meter.CreateCounter<long>(
            "vetting.watchlist.versions.activated", "{version}", "Watchlist versions that became active, by source.");
        meter.CreateObservableGauge("vetting.watchlist.age", ObserveListAges, "s", "Age of the active version of each watchlist (now minus its as-of date).");
    }

    /// <summary>Counts registrants screened (a pull, a notice, a re-screen, the final check or an ad-hoc request).</summary>
    public void RegistrantsScreened(ScreeningTrigger trigger, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        _screened.Add(count, new KeyValuePair<string, object?>(MetricTags.Trigger, MetricTags.Of(trigger)));
    }

    /// <summary>Counts new flags: automatic <see cref="DecisionKind.Review"/>, <see cref="DecisionKind.BlockProposed"/> or <see cref="DecisionKind.Block"/>.</summary>
    public void FlagsRaised(DecisionKind decision, int count = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        _flags.Add(count, new KeyValuePair<string, object?>(MetricTags.Decision, MetricTags.OfFlag(decision)));
    }

    /// <summary>
    /// Counts the outcome of an enforcement pass on one platform: <paramref name="applied"/> (carried out or already in
    /// place), <paramref name="notEnforceable"/> (a person must follow up) and <paramref name="failed"/> (retried later).
    /// </summary>
    public void PlatformActions(PlatformKind platform, int applied, int notEnforceable, int failed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(applied);
        ArgumentOutOfRangeException.ThrowIfNegative(notEnforceable);
        ArgumentOutOfRangeException.ThrowIfNegative(failed);
        var platformTag = new KeyValuePair<string, object?>(MetricTags.Platform, MetricTags.Of(platform));
        AddOutcome(platformTag, MetricTags.Applied, applied);
        AddOutcome(platformTag, MetricTags.NotEnforceable, notEnforceable);
        AddOutcome(platformTag, MetricTags.Failed, failed);
    }

    /// <summary>Counts one <see cref="PlatformThrottledException"/> handed to the job layer, with the wait asked for.</summary>
    public void PlatformThrottled(PlatformKind platform, TimeSpan retryAfter)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(retryAfter, TimeSpan.Zero);
        var platformTag = new KeyValuePair<string, object?>(MetricTags.Platform, MetricTags.Of(platform));
        _throttled.Add(1, platformTag);
        _throttleWait.Record(retryAfter.TotalSeconds, platformTag);
    }

    /// <summary>Counts a watchlist version that became active (import, update, bundled copy or activation by hand).</summary>
    public void WatchlistVersionActivated(string source)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        _activations.Add(1, new KeyValuePair<string, object?>(MetricTags.Source, source));
    }

    private void AddOutcome(KeyValuePair<string, object?> platformTag, string outcome, int count)
    {
        if (count > 0)
        {
            _actions.Add(count, platformTag, new KeyValuePair<string, object?>(MetricTags.Outcome, outcome));
        }
    }

    private IEnumerable<Measurement<double>> ObserveListAges()
    {
        if (_watchlists is null)
        {
            return [];
        }

        var now = _time.GetUtcNow();
        return _watchlists.GetActiveVersions()
            .Select(v => new Measurement<double>(
                Math.Max(0, (now - v.AsOf).TotalSeconds), new KeyValuePair<string, object?>(MetricTags.Source, v.Source)))
            .ToList();
    }
}
