namespace Vetting.Matching;

/// <summary>The result of comparing two names with <see cref="NameComparer.Compare"/>.</summary>
/// <param name="Score">Similarity 0..1; symmetric, independent of token order.</param>
/// <param name="Decision">What the score warrants under the policy.</param>
/// <param name="Explanation">One human sentence with the per-token evidence.</param>
/// <param name="Tokens">Per-token evidence.</param>
public sealed record NameComparison(double Score, Decision Decision, string Explanation, IReadOnlyList<TokenMatch> Tokens);
