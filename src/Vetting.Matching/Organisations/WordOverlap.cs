namespace Vetting.Matching.Organisations;

/// <summary>What two word lists share.</summary>
/// <param name="Matched">Weighted similarity of the paired words.</param>
/// <param name="QueryTotal">Weight of the query's words (paired words at the listed word's weight).</param>
/// <param name="ListedTotal">Weight of the listed name's words.</param>
/// <param name="ExactDistinctive">Listed words that are not generic, paired by the same skeleton.</param>
/// <param name="MatchedDistinctive">Listed words that are not generic, paired at all.</param>
/// <param name="QueryExtraDistinctive">Unpaired query words that are not generic.</param>
/// <param name="ListedDistinctive">Listed words that are not generic.</param>
/// <param name="Complete">Every listed word is paired.</param>
internal readonly record struct WordOverlap(
    double Matched, double QueryTotal, double ListedTotal, int ExactDistinctive, int MatchedDistinctive, int QueryExtraDistinctive, int ListedDistinctive, bool Complete)
{
    public double Total => QueryTotal + ListedTotal;

    /// <summary>A distinctive word is shared, or the whole all-generic listed name is typed with nothing distinctive added.</summary>
    public bool Admissible => Total > 0
        && (MatchedDistinctive > 0 || (ListedDistinctive == 0 && QueryExtraDistinctive == 0 && Complete));
}
