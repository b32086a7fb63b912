using Vetting.Matching.Index;
using Vetting.Matching.Names;
using Vetting.Matching.Scoring;
using Vetting.Matching.Tests.Support;
using Vetting.Matching.Text;

namespace Vetting.Matching.Tests.Index;

/// <summary>
/// The first step of a key-bucket scan may skip a listed token only when the full token comparison rejects it, or
/// when retrieval reaches the token another way before the buckets (a shared given-name group, a keyboard slip in
/// a name of seven letters or more). Checked over every slot of the index of the real list excerpts.
/// </summary>
public sealed class BucketScanTests
{
    [Fact]
    public void MayMatch_SkipsOnlyTokensTheFullComparisonRejects()
    {
        var data = FixtureLists.Index.Data;
        var buckets = data.KeyBuckets;
        var distance = new PrefixSharedDistance();
        var accepted = 0;
        var skipped = 0;
        foreach (var query in QueryTokens(data.Vocabulary))
        {
            var facts = new BucketScan.QueryFacts(query);
            distance.Start(query.Skeleton);
            for (var slot = 0; slot < buckets.SlotCount; slot++)
            {
                var listed = data.Vocabulary[buckets.Ids[slot]];
                var score = TokenComparer.Compare(query, listed);
                accepted += score.Accepted ? 1 : 0;
                if (BucketScan.MayMatch(buckets, slot, facts, distance))
                {
                    continue;
                }

                skipped++;
                Assert.False(
                    score.Accepted && !SharesGroup(query, listed) && !KeystrokeReachable(query, listed),
                    $"{query.Surface} / {listed.Surface}: skipped, but the comparison accepts it ({score.Relation})");
            }
        }

        Assert.True(accepted > 500, $"only {accepted} accepted pairs: the check means little");
        Assert.True(skipped > accepted, $"only {skipped} skipped slots: the first step skips almost nothing");
    }

    /// <summary>
    /// Listed tokens themselves and, for each, a dropped letter, a swapped pair, a changed vowel and a feminine
    /// ending; and the feminine forms of listed -sky/-skiy names, which only the stem rule accepts.
    /// </summary>
    private static IEnumerable<NameToken> QueryTokens(NameToken[] vocabulary)
    {
        foreach (var token in vocabulary.Where(t => t.Surface.EndsWith("skiy", StringComparison.Ordinal)).Take(20))
        {
            var feminine = token.Surface[..^4] + "skaya";
            yield return TokenAnalyzer.Analyze(feminine, feminine, CyrillicLanguage.Russian, TokenRole.Unknown, TokenTraits.None);
        }

        var random = new Random(7);
        var picked = vocabulary.Where(t => !t.IsInitial && t.Surface.Length >= 3 && t.Surface.All(char.IsLetter)).ToArray();
        foreach (var token in Enumerable.Range(0, 60).Select(_ => picked[random.Next(picked.Length)]))
        {
            var s = token.Surface;
            var at = random.Next(1, s.Length - 1);
            foreach (var variant in new[] { s, s.Remove(at, 1), s[..(at - 1)] + s[at] + s[at - 1] + s[(at + 1)..], s.Replace('o', 'a'), s + "a" })
            {
                yield return TokenAnalyzer.Analyze(variant, TokenAnalyzer.Surface(variant), CyrillicLanguage.Russian, TokenRole.Unknown, TokenTraits.None);
            }
        }
    }

    private static bool SharesGroup(NameToken a, NameToken b) => a.Groups.Any(g => b.Groups.Any(h => h.Group == g.Group));

    private static bool KeystrokeReachable(NameToken query, NameToken listed) =>
        listed.Surface.Length >= KeystrokeNeighbours.MinListedLength && query.Surface.Length >= KeystrokeNeighbours.MinQueryLength
        && TokenComparer.IsOneKeystrokeTypo(query.Surface, listed.Surface);
}
