using Vetting.Matching.Evaluation.Tests.Generation;

namespace Vetting.Matching.Evaluation.Tests.Evaluation;

/// <summary>The numbers of one slice (or of an aggregate of slices).</summary>
/// <param name="Found">Positives: alert with the right entity among the matches.</param>
/// <param name="Failures">Positives not found, or negatives that alerted, in corpus order.</param>
internal sealed record SliceResult(SliceDefinition Slice, int Cases, int Alerts, int Found, int Blocked, IReadOnlyList<CaseOutcome> Failures)
{
    /// <summary>Recall for positives, false-alert rate for negatives.</summary>
    public double Rate => Cases == 0 ? 0 : (double)(Slice.IsPositive ? Found : Alerts) / Cases;

    public static SliceResult Of(SliceDefinition slice, IReadOnlyList<CaseOutcome> outcomes) => new(
        slice,
        outcomes.Count,
        outcomes.Count(o => o.Alert),
        outcomes.Count(o => o.Found),
        outcomes.Count(o => o.Result.Decision == Decision.Block),
        [.. outcomes.Where(o => slice.IsPositive ? !o.Found : o.Alert)]);
}
