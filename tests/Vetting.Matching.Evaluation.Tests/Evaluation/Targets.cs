namespace Vetting.Matching.Evaluation.Tests.Evaluation;

/// <summary>
/// The targets of issue 3: recall ≥ 0.99 over all variant classes and ≥ 0.95 in each; false alerts ≤ 0.5 % on
/// generated names and none on the defenders slice. Other negative slices have no numeric target.
/// </summary>
internal static class Targets
{
    public const double RecallPerClass = 0.95;
    public const double RecallOverall = 0.99;
    public const double GeneratedFalseAlerts = 0.005;

    /// <summary>The target as text and whether it is met; null when the slice has no target of its own.</summary>
    public static (string Text, bool Met)? For(SliceResult result) => result.Slice.Id switch
    {
        EvaluationRun.AllPositivesId => ($"≥ {RecallOverall:0.00}", result.Rate >= RecallOverall),
        EvaluationRun.AllGeneratedId => ($"≤ {GeneratedFalseAlerts:0.000}", result.Rate <= GeneratedFalseAlerts),
        Generation.DefenderSlice.Id => ("0 alerts", result.Alerts == 0),
        _ when result.Slice.IsPositive => ($"≥ {RecallPerClass:0.00}", result.Rate >= RecallPerClass),
        _ => null,
    };
}
