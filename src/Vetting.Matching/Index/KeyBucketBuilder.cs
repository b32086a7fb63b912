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
        // Counted first, so the two big arrays are allocated once at their exact size.
        var most = 0;
        foreach (var token in vocabulary)
        {
            most = Math.Max(most, MostPairs(token.Key) + (token.AltKey is null ? 0 : MostPairs(token.AltKey)));
        }

        var own = new ulong[most];
        var count = 0;
        foreach (var token in vocabulary)
        {
            count += TokenPairs(token, own);
        }

        var hashes = new ulong[count];
        var ids = new int[count];
        var at = 0;
        for (var id = 0; id < vocabulary.Length; id++)
        {
            var pairs = TokenPairs(vocabulary[id], own);
            own[..pairs].CopyTo(hashes.AsSpan(at));
            ids.AsSpan(at, pairs).Fill(id);
            at += pairs;
        }

        return (hashes, ids);
    }

    private static int MostPairs(string key) => 1 + key.Length;

    /// <summary>Writes the distinct key hashes of one token to <paramref name="own"/> and returns how many.</summary>
    private static int TokenPairs(NameToken token, Span<ulong> own)
    {
        if (token.IsInitial || (token.Traits & TokenTraits.Particle) != 0)
        {
            return 0;
        }

        var count = 0;
        AddKeys(own, ref count, token.Key);
        if (token.AltKey is not null)
        {
            AddKeys(own, ref count, token.AltKey);
        }

        return count;
    }

    private static void AddKeys(Span<ulong> own, ref int count, string key)
    {
        Add(own, ref count, KeyHash.Of(key));
        if (key.Length < KeyBuckets.MinKeyLengthForDeletions || key[0] == '_')
        {
            return;
        }

        for (var i = 0; i < key.Length; i++)
        {
            if (i == 0 || key[i] != key[i - 1])
            {
                Add(own, ref count, KeyHash.OfDeletion(key, i, variant: true));
            }
        }
    }

    /// <summary>Adds a hash unless this token already has it (two deletions of a key can give one variant).</summary>
    private static void Add(Span<ulong> own, ref int count, ulong hash)
    {
        if (!own[..count].Contains(hash))
        {
            own[count++] = hash;
        }
    }
}
