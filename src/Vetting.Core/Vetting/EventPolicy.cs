using System.Globalization;
using Vetting.Matching;

namespace Vetting.Core.Vetting;

/// <summary>
/// How one event is screened and enforced. Accounts carry a default that newly discovered events copy;
/// an event's own copy can then be changed without touching the account.
/// </summary>
/// <param name="ScreeningEnabled">Whether the event's registrants are screened at all.</param>
/// <param name="AutoApproveClean">Whether clean registrants are approved on the platform without a reviewer.</param>
/// <param name="AutomaticBlockingAllowed">
/// Whether a block-level match denies or cancels on the platform at once; otherwise it waits for a reviewer's confirmation.
/// </param>
/// <param name="ReviewThreshold">A score at or above this goes to a reviewer.</param>
/// <param name="BlockThreshold">A score at or above this (with strong evidence) may block.</param>
public sealed record EventPolicy(
    bool ScreeningEnabled,
    bool AutoApproveClean,
    bool AutomaticBlockingAllowed,
    double ReviewThreshold,
    double BlockThreshold)
{
    /// <summary>What a newly discovered event gets when its account has no default of its own: on, on, off, matcher thresholds.</summary>
    public static EventPolicy NewEventDefault { get; } = new(
        ScreeningEnabled: true,
        AutoApproveClean: true,
        AutomaticBlockingAllowed: false,
        MatchPolicy.Default.ReviewThreshold,
        MatchPolicy.Default.BlockThreshold);

    /// <summary>A short stable text of every setting, stored with each screening so a result shows the policy it ran under.</summary>
    public string Fingerprint => string.Create(
        CultureInfo.InvariantCulture,
        $"s{(ScreeningEnabled ? 1 : 0)}a{(AutoApproveClean ? 1 : 0)}b{(AutomaticBlockingAllowed ? 1 : 0)}r{ReviewThreshold:0.####}k{BlockThreshold:0.####}");

    /// <summary>The matcher's policy with this event's thresholds.</summary>
    public MatchPolicy ToMatchPolicy(MatchPolicy? basis = null) =>
        (basis ?? MatchPolicy.Default) with { ReviewThreshold = ReviewThreshold, BlockThreshold = BlockThreshold };

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> when the thresholds are inconsistent.</summary>
    public void Validate() => ToMatchPolicy().Validate();
}
