using Vetting.Matching.Names;

namespace Vetting.Matching.Index;

/// <summary>
/// Lays out <see cref="KeyBuckets"/> for a vocabulary: every (key hash, vocabulary id) pair — the coarse key itself
/// and, for keys of <see cref="KeyBuckets.MinKeyLengthForDeletions"/> classes or more, each one-deletion variant —
/// sorted by hash, and within a bucket by skeleton, so slots that share a prefix are neighbours.
/// </summary>
internal static class KeyBucketBuilder
{
    public static KeyBuckets Build(NameToken[] vocabulary)
    {
        var (hashes, ids) = KeyPairs(vocabulary);
        Array.Sort(hashes, ids);
        SortRunsBySkeleton(hashes, ids, vocabulary);

        var buckets = 0;
        for (var s = 0; s < hashes.Length; s++)
        {
            buckets += s == 0 || hashes[s] != hashes[s - 1] ? 1 : 0;
        }

        var bucketHashes = new ulong[buckets];
        var bucketStart = new int[buckets + 1];
        var bucket = 0;
        for (var s = 0; s < hashes.Length; s++)
        {
            if (s == 0 || hashes[s] != hashes[s - 1])
            {
                bucketHashes[bucket] = hashes[s];
                bucketStart[bucket++] = s;
            }
        }

        bucketStart[buckets] = hashes.Length;
        return new KeyBuckets(bucketHashes, bucketStart, ids, vocabulary);
    }

    /// <summary>Orders the ids of each run of equal hashes by the ordinal order of their skeletons.</summary>
    private static void SortRunsBySkeleton(ulong[] hashes, int[] ids, NameToken[] vocabulary)
    {
        var rank = SkeletonRanks(vocabulary);
        var ranks = new int[ids.Length];
        for (var run = 0; run < ids.Length;)
        {
            var end = run + 1;
            while (end < ids.Length && hashes[end] == hashes[run])
            {
                end++;
            }

            if (end - run > 1)
            {
                for (var i = run; i < end; i++)
                {
                    ranks[i] = rank[ids[i]];
                }

                Array.Sort(ranks, ids, run, end - run);
            }

            run = end;
        }
    }

    /// <summary>Each vocabulary id's place in the ordinal order of skeletons.</summary>
    private static int[] SkeletonRanks(NameToken[] vocabulary)
    {
        var bySkeleton = new int[vocabulary.Length];
        var skeletons = new string[vocabulary.Length];
        for (var id = 0; id < vocabulary.Length; id++)
        {
            bySkeleton[id] = id;
            skeletons[id] = vocabulary[id].Skeleton;
        }

        Array.Sort(skeletons, bySkeleton, StringComparer.Ordinal);
        var rank = new int[vocabulary.Length];
        for (var r = 0; r < bySkeleton.Length; r++)
        {
            rank[bySkeleton[r]] = r;
        }

        return rank;
    }

    /// <summary>Every (key hash, vocabulary id) pair, each pair once.</summary>
    private static (ulong[] Hashes, int[] Ids) KeyPairs(NameToken[] vocabulary)
    {
        var most = 0L;
        foreach (var token in vocabulary)
        {
            most += Indexed(token) ? MostPairs(token.Key) + (token.AltKey is null ? 0 : MostPairs(token.AltKey)) : 0;
        }

        var hashes = new ulong[checked((int)most)];
        var ids = new int[hashes.Length];
        var count = 0;
        for (var id = 0; id < vocabulary.Length; id++)
        {
            var token = vocabulary[id];
            if (!Indexed(token))
            {
                continue;
            }

            var first = count;
            AddKeys(hashes, ids, ref count, token.Key, id, first);
            if (token.AltKey is not null)
            {
                AddKeys(hashes, ids, ref count, token.AltKey, id, first);
            }
        }

        Array.Resize(ref hashes, count);
        Array.Resize(ref ids, count);
        return (hashes, ids);
    }

    private static bool Indexed(NameToken token) => !token.IsInitial && (token.Traits & TokenTraits.Particle) == 0;

    private static int MostPairs(string key) => 1 + (HasDeletions(key) ? key.Length : 0);

    private static bool HasDeletions(string key) => key.Length >= KeyBuckets.MinKeyLengthForDeletions && key[0] != '_';

    private static void AddKeys(ulong[] hashes, int[] ids, ref int count, string key, int id, int first)
    {
        Add(hashes, ids, ref count, KeyHash.Of(key), id, first);
        if (!HasDeletions(key))
        {
            return;
        }

        for (var i = 0; i < key.Length; i++)
        {
            if (i == 0 || key[i] != key[i - 1])
            {
                Add(hashes, ids, ref count, KeyHash.OfDeletion(key, i, variant: true), id, first);
            }
        }
    }

    /// <summary>Adds a pair unless this token already has it (two deletions of a key can give one variant).</summary>
    private static void Add(ulong[] hashes, int[] ids, ref int count, ulong hash, int id, int first)
    {
        if (hashes.AsSpan(first, count - first).Contains(hash))
        {
            return;
        }

        hashes[count] = hash;
        ids[count++] = id;
    }
}
