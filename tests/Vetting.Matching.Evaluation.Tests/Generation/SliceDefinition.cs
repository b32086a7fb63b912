namespace Vetting.Matching.Evaluation.Tests.Generation;

/// <summary>One slice of the corpus: a variant class of positives or a class of negatives.</summary>
/// <param name="Id">Stable id, used in the corpus files and <c>floors.json</c>.</param>
/// <param name="IsPositive">Positives measure recall; negatives measure the false-alert rate.</param>
/// <param name="Derivation">How the cases are made, for RESULTS.md.</param>
internal sealed record SliceDefinition(string Id, string Title, bool IsPositive, string Derivation);
