using System.Diagnostics;
using Vetting.Matching.Evaluation.Tests.Generation;

namespace Vetting.Matching.Evaluation.Tests.Evaluation;

/// <summary>
/// Screens every corpus case with <see cref="MatchPolicy.Default"/> and sums up per slice, plus two aggregates: all
/// positives (recall over every variant class) and all generated people.
/// </summary>
internal sealed record EvaluationRun(IReadOnlyList<SliceResult> Slices, SliceResult AllPositives, SliceResult AllGenerated, TimeSpan ScreeningTime)
{
    public const string AllPositivesId = "all-positives";
    public const string AllGeneratedId = "generated-all";

    public IEnumerable<SliceResult> WithAggregates => Slices.Append(AllPositives).Append(AllGenerated);

    public static EvaluationRun Screen(Corpus corpus, MatchIndex index, IReadOnlyList<ListedParty> parties)
    {
        var watch = Stopwatch.StartNew();
        var outcomes = corpus.Cases.Select(c =>
        {
            var result = index.Screen(c.ToQuery(), MatchPolicy.Default);
            var right = c.Expected.Count > 0 && result.Matches.Any(m => c.Expected.Contains(m.EntityId, StringComparer.Ordinal));
            return new CaseOutcome(c, result, result.Decision != Decision.Clear, right);
        }).ToList();
        var elapsed = watch.Elapsed;

        var byId = parties.ToDictionary(p => p.EntityId, StringComparer.Ordinal);
        outcomes = [.. outcomes.Select(o => o.Case.Expected.Count == 0 || o.Found || NearestName.Describe(o.Case, byId) is not { } nearest
            ? o
            : o with { Nearest = nearest.Text, NearestScore = nearest.Score })];

        var slices = corpus.Slices.Select(s => SliceResult.Of(s, [.. outcomes.Where(o => o.Case.Slice == s.Id)])).ToList();
        var positives = SliceResult.Of(
            new SliceDefinition(AllPositivesId, "All variant classes", IsPositive: true, "Every positive case above."),
            [.. outcomes.Where(o => corpus.Slice(o.Case.Slice).IsPositive)]);
        var generated = SliceResult.Of(
            new SliceDefinition(AllGeneratedId, "Generated people, all locales", IsPositive: false, "Every generated-* case above."),
            [.. outcomes.Where(o => o.Case.Slice.StartsWith("generated-", StringComparison.Ordinal))]);
        return new EvaluationRun(slices, positives, generated, elapsed);
    }
}
