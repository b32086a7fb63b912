using System.Runtime.InteropServices;
using Vetting.Matching.Names;

namespace Vetting.Matching.Index;

/// <summary>
/// Lays out <see cref="KeyBuckets"/> for a vocabulary: every (key hash, vocabulary id) pair — the coarse key itself
/// and, for keys of <see cref="KeyBuckets.MinKeyLengthForDeletions"/> classes or more, each one-deletion variant —
/// grouped into buckets in ascending hash order, and within a bucket in skeleton order, so slots that share a prefix
/// are neighbours.
/// </summary>
internal static class KeyBucketBuilder
{
    /// <remarks>
    /// A counting sort: tokens are visited in skeleton order twice, first to count each bucket's slots, then to
    /// append each token to its buckets, so a bucket comes out in skeleton order without sorting the pairs.
    /// </remarks>
    public static KeyBuckets Build(NameToken[] vocabulary)
    {
        var order = SkeletonOrder(vocabulary);
        var own = new ulong[MostPairs(vocabulary)];

        // The buckets and their sizes; then numbered in ascending hash order.
        var bucketOf = new Dictionary<ulong, int>();
        var sizes = new List<int>();
        foreach (var id in order)
        {
            var pairs = TokenPairs(vocabulary[id], own);
            for (var p = 0; p < pairs; p++)
            {
                ref var bucket = ref CollectionsMarshal.GetValueRefOrAddDefault(bucketOf, own[p], out var exists);
                if (!exists)
                {
                    bucket = sizes.Count;
                    sizes.Add(0);
                }

                sizes[bucket]++;
            }
        }

        var bucketHashes = bucketOf.Keys.ToArray();
        Array.Sort(bucketHashes);
        var bucketStart = new int[bucketHashes.Length + 1];
        for (var b = 0; b < bucketHashes.Length; b++)
        {
            ref var bucket = ref CollectionsMarshal.GetValueRefOrNullRef(bucketOf, bucketHashes[b]);
            bucketStart[b + 1] = bucketStart[b] + sizes[bucket];
            bucket = b;
        }

        var next = bucketStart[..^1];
        var ids = new int[bucketStart[^1]];
        foreach (var id in order)
        {
            var pairs = TokenPairs(vocabulary[id], own);
            for (var p = 0; p < pairs; p++)
            {
                ids[next[bucketOf[own[p]]]++] = id;
            }
        }

        return new KeyBuckets(bucketHashes, bucketStart, ids, vocabulary);
    }

    /// <summary>Vocabulary ids in the ordinal order of their skeletons.</summary>
    private static int[] SkeletonOrder(NameToken[] vocabulary)
    {
        var order = new int[vocabulary.Length];
        var skeletons = new string[vocabulary.Length];
        for (var id = 0; id < vocabulary.Length; id++)
        {
            order[id] = id;
            skeletons[id] = vocabulary[id].Skeleton;
        }

        Array.Sort(skeletons, order, StringComparer.Ordinal);
        return order;
    }

    /// <summary>The most key hashes any one token has.</summary>
    private static int MostPairs(NameToken[] vocabulary)
    {
        var most = 0;
        foreach (var token in vocabulary)
        {
            most = Math.Max(most, MostPairs(token.Key) + (token.AltKey is null ? 0 : MostPairs(token.AltKey)));
        }

        return most;
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
