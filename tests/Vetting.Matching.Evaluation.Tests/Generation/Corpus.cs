namespace Vetting.Matching.Evaluation.Tests.Generation;

/// <summary>The whole evaluation corpus: slices in report order, their cases, and notes on what generation left out.</summary>
internal sealed record Corpus(IReadOnlyList<SliceDefinition> Slices, IReadOnlyList<CorpusCase> Cases, IReadOnlyList<string> Notes)
{
    public IEnumerable<CorpusCase> Positives => Cases.Where(c => Slice(c.Slice).IsPositive);

    public IEnumerable<CorpusCase> Negatives => Cases.Where(c => !Slice(c.Slice).IsPositive);

    public SliceDefinition Slice(string id) => Slices.First(s => s.Id == id);
}
