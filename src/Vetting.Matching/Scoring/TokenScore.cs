using Vetting.Matching.Names;

namespace Vetting.Matching.Scoring;

/// <summary>How well one token pair matches.</summary>
/// <param name="Similarity">0..1.</param>
/// <param name="Relation">Kind of link.</param>
/// <param name="Accepted">True when the pair counts as the same name part; false for <see cref="TokenRelation.Different"/>.</param>
/// <param name="QueryForm">For cognates and diminutives: the form the query token has in the shared group.</param>
/// <param name="ListForm">For cognates and diminutives: the form the list token has in the shared group.</param>
internal readonly record struct TokenScore(
    double Similarity,
    TokenRelation Relation,
    bool Accepted,
    GivenNameForm QueryForm = GivenNameForm.Russian,
    GivenNameForm ListForm = GivenNameForm.Russian)
{
    public static TokenScore None { get; } = new(0, TokenRelation.Different, false);

    /// <summary>Strong enough to support a block (exact, transliteration, cognate).</summary>
    public bool IsStrong => Accepted && Relation is TokenRelation.Exact or TokenRelation.Transliteration or TokenRelation.Cognate;
}
