using Vetting.Matching.Names;
using Vetting.Matching.Scoring;

namespace Vetting.Matching.Index;

/// <summary>
/// Compares one query token with the tokens of a key bucket. Most of a bucket cannot match: a first step that reads
/// only the bucket's own arrays (skeleton letters, lengths, stem hash, flags) drops every token that
/// <see cref="TokenComparer.Compare"/> would reject for certain, and only the rest are compared in full. The step
/// keeps every way the full comparison can accept a token: spelling within <see cref="TokenComparer.SpellingLimit"/>,
/// a gender form (same stem), a second skeleton reading, and the one keyboard slip that the keystroke table cannot
/// reach (a 7-letter query against a 6-letter token). Shared given-name groups and the other slips are compared
/// in full before any bucket is scanned. The spelling step shares work between the sorted skeletons of a bucket
/// (<see cref="PrefixSharedDistance"/>); the caller starts it on the query's skeleton.
/// </summary>
internal static class BucketScan
{
    /// <param name="maxLengthDifference">Most letters a token's surface may differ in length from the query's (typo neighbourhoods); null for no limit.</param>
    public static void Scan(IndexData data, QueryToken query, VocabularyMarks seen, PrefixSharedDistance distance, ulong hash, int? maxLengthDifference)
    {
        var buckets = data.KeyBuckets;
        var (start, end) = buckets.Range(hash);
        if (start == end)
        {
            return;
        }

        var facts = new QueryFacts(query.Token);
        for (var slot = start; slot < end; slot++)
        {
            if (maxLengthDifference is { } limit && Math.Abs(buckets.SurfaceLength[slot] - facts.Length) > limit)
            {
                continue;
            }

            // The first step reads only the bucket; the vocabulary-wide mark (a scattered read) is for the few it lets through.
            if (MayMatch(buckets, slot, facts, distance) && seen.Add(buckets.Ids[slot]))
            {
                TokenRetrieval.Keep(data, query, buckets.Ids[slot]);
            }
        }
    }

    /// <summary>False only when the full comparison of the query token with the slot's token rejects it.</summary>
    /// <param name="distance">Started on the query token's skeleton.</param>
    public static bool MayMatch(KeyBuckets buckets, int slot, in QueryFacts query, PrefixSharedDistance distance)
    {
        var flags = buckets.Flags[slot];
        return query.HasAltSkeleton
            || (flags & BucketFlags.AltSkeleton) != 0
            || (((flags & BucketFlags.Feminine) != 0) != query.Feminine && buckets.StemHash[slot] == query.StemHash)
            || (query.Length == KeystrokeNeighbours.MinListedLength && buckets.SurfaceLength[slot] == KeystrokeNeighbours.MinQueryLength
                && buckets.FirstLetter[slot] == query.FirstLetter)
            || distance.WithinSpellingLimit(buckets.Skeleton(slot));
    }

    /// <summary>What the first step needs to know about the query token.</summary>
    internal readonly struct QueryFacts(NameToken token)
    {
        public int Length { get; } = token.Surface.Length;

        public char FirstLetter { get; } = token.Surface.Length > 0 ? token.Surface[0] : '\0';

        public bool HasAltSkeleton { get; } = token.AltSkeleton is not null;

        public bool Feminine { get; } = (token.Traits & TokenTraits.FeminineForm) != 0;

        public int StemHash { get; } = KeyBuckets.StemHashOf(token);
    }
}
