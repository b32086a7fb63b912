using Vetting.Matching.Scoring;

namespace Vetting.Matching.Index;

/// <summary>The vocabulary tokens one query token matched, with the scores, as cached by <see cref="IndexData.RetrievalCache"/>.</summary>
/// <param name="Ids">Vocabulary ids.</param>
/// <param name="Scores">Scores, parallel to <paramref name="Ids"/>.</param>
internal sealed record RetrievalHits(int[] Ids, TokenScore[] Scores);
