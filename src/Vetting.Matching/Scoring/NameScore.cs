namespace Vetting.Matching.Scoring;

/// <summary>The result of comparing a query name with one list name.</summary>
/// <param name="Score">0..1 after caps.</param>
/// <param name="Tokens">Per-token evidence in list order, then extra query tokens.</param>
/// <param name="Complete">Every significant list token matched exactly, by transliteration or as a cognate, and the query added nothing.</param>
/// <param name="HasPatronymic">The list name has a patronymic, and it matched.</param>
/// <param name="SignificantTokens">Significant tokens in the list name.</param>
/// <param name="Verdict">Why the score was capped, or null.</param>
internal sealed record NameScore(
    double Score,
    IReadOnlyList<TokenMatch> Tokens,
    bool Complete,
    bool HasPatronymic,
    int SignificantTokens,
    string? Verdict)
{
    public static NameScore Zero { get; } = new(0, [], false, false, 0, null);
}
