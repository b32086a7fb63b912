namespace Vetting.Matching;

/// <summary>The explanation for one token of a match.</summary>
/// <param name="QueryToken">The registrant's token as typed (empty for <see cref="TokenRelation.Missing"/>).</param>
/// <param name="ListToken">The list's token as listed (empty for <see cref="TokenRelation.Extra"/>).</param>
/// <param name="Relation">How the two tokens relate.</param>
/// <param name="Similarity">Token similarity, 0..1.</param>
/// <param name="Contribution">Share of the name score this token earned (its weighted similarity over the total weight).</param>
/// <param name="Note">Human wording of the relation, e.g. <c>Ukrainian form of the same name</c>.</param>
public sealed record TokenMatch(
    string QueryToken,
    string ListToken,
    TokenRelation Relation,
    double Similarity,
    double Contribution,
    string Note)
{
    /// <summary>One-line rendering, e.g. <c>Heorhii ≈ GEORGIY: Ukrainian form of the same name</c>.</summary>
    public override string ToString() => Relation switch
    {
        TokenRelation.Missing => $"{ListToken}: {Note}",
        TokenRelation.Extra => $"{QueryToken}: {Note}",
        TokenRelation.Exact => $"{QueryToken} = {ListToken}: {Note}",
        _ => $"{QueryToken} ≈ {ListToken}: {Note}",
    };
}
