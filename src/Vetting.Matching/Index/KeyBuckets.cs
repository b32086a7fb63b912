using Vetting.Matching.Names;

namespace Vetting.Matching.Index;

/// <summary>
/// The coarse-key map (keys and their one-deletion variants → vocabulary tokens) laid out for scanning. A bucket is a
/// run of slots in flat arrays that carry, next to each vocabulary id, what the first comparison step needs: the
/// skeleton's letters (copied into the bucket, sorted, so neighbours share prefixes), the surface length and first
/// letter, a hash of the stem and a few flags. Screening a cold query token reads a bucket front to back instead of
/// following hundreds of token objects scattered over the heap.
/// </summary>
internal sealed class KeyBuckets
{
    /// <summary>Coarse keys this long or longer are also indexed under each one-deletion variant (typo recall).</summary>
    public const int MinKeyLengthForDeletions = 3;

    private readonly Dictionary<ulong, int> _bucketOf;
    private readonly int[] _bucketStart;

    private KeyBuckets(Dictionary<ulong, int> bucketOf, int[] bucketStart, int[] ids, int[] charStart, char[] chars, byte[] surfaceLength, char[] firstLetter, int[] stemHash, BucketFlags[] flags)
    {
        _bucketOf = bucketOf;
        _bucketStart = bucketStart;
        Ids = ids;
        CharStart = charStart;
        Chars = chars;
        SurfaceLength = surfaceLength;
        FirstLetter = firstLetter;
        StemHash = stemHash;
        Flags = flags;
    }

    /// <summary>Per slot: the vocabulary id.</summary>
    public int[] Ids { get; }

    /// <summary>Per slot (and one past the last): where its skeleton starts in <see cref="Chars"/>.</summary>
    public int[] CharStart { get; }

    public char[] Chars { get; }

    /// <summary>Per slot: the surface length, capped at 255.</summary>
    public byte[] SurfaceLength { get; }

    public char[] FirstLetter { get; }

    public int[] StemHash { get; }

    public BucketFlags[] Flags { get; }

    public int SlotCount => Ids.Length;

    /// <summary>The slots of the bucket with <paramref name="hash"/>; empty when there is none.</summary>
    public (int Start, int End) Range(ulong hash) =>
        _bucketOf.TryGetValue(hash, out var bucket) ? (_bucketStart[bucket], _bucketStart[bucket + 1]) : (0, 0);

    public ReadOnlySpan<char> Skeleton(int slot) => Chars.AsSpan(CharStart[slot], SkeletonLength(slot));

    public int SkeletonLength(int slot) => CharStart[slot + 1] - CharStart[slot];

    public static KeyBuckets Build(NameToken[] vocabulary)
    {
        var pairs = KeyPairs(vocabulary);
        var hashes = pairs.Hashes;
        var ids = pairs.Ids;

        // Bucket order: by hash, then by skeleton (so slots that share a prefix are neighbours).
        Array.Sort(hashes, ids);
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

        var bucketOf = new Dictionary<ulong, int>();
        var bucketStart = new List<int>();
        var slotIds = new int[ids.Length];
        var charStart = new int[ids.Length + 1];
        var totalChars = 0;
        for (var s = 0; s < ids.Length; s++)
        {
            var hash = hashes[s];
            if (s == 0 || hash != hashes[s - 1])
            {
                bucketOf[hash] = bucketStart.Count;
                bucketStart.Add(s);
            }

            slotIds[s] = ids[s];
            charStart[s] = totalChars;
            totalChars += vocabulary[slotIds[s]].Skeleton.Length;
        }

        charStart[ids.Length] = totalChars;
        bucketStart.Add(ids.Length);
        return Fill(vocabulary, bucketOf, [.. bucketStart], slotIds, charStart, totalChars);
    }

    private static KeyBuckets Fill(NameToken[] vocabulary, Dictionary<ulong, int> bucketOf, int[] bucketStart, int[] slotIds, int[] charStart, int totalChars)
    {
        var chars = new char[totalChars];
        var surfaceLength = new byte[slotIds.Length];
        var firstLetter = new char[slotIds.Length];
        var stemHash = new int[slotIds.Length];
        var flags = new BucketFlags[slotIds.Length];
        for (var s = 0; s < slotIds.Length; s++)
        {
            var token = vocabulary[slotIds[s]];
            token.Skeleton.CopyTo(chars.AsSpan(charStart[s]));
            surfaceLength[s] = (byte)Math.Min(token.Surface.Length, byte.MaxValue);
            firstLetter[s] = token.Surface.Length > 0 ? token.Surface[0] : '\0';
            stemHash[s] = StemHashOf(token);
            flags[s] = (token.AltSkeleton is not null ? BucketFlags.AltSkeleton : 0)
                | ((token.Traits & TokenTraits.FeminineForm) != 0 ? BucketFlags.Feminine : 0);
        }

        return new KeyBuckets(bucketOf, bucketStart, slotIds, charStart, chars, surfaceLength, firstLetter, stemHash, flags);
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

    public static int StemHashOf(NameToken token) => (int)KeyHash.OfText(token.Stem, -1);

    /// <summary>Every (key hash, vocabulary id) pair: the key itself and, for keys of three or more classes, each one-deletion variant.</summary>
    private static (ulong[] Hashes, int[] Ids) KeyPairs(NameToken[] vocabulary)
    {
        var hashes = new List<ulong>(vocabulary.Length * 6);
        var ids = new List<int>(vocabulary.Length * 6);
        for (var id = 0; id < vocabulary.Length; id++)
        {
            var token = vocabulary[id];
            if (token.IsInitial || (token.Traits & TokenTraits.Particle) != 0)
            {
                continue;
            }

            var first = hashes.Count;
            AddKeys(hashes, ids, token.Key, id, first);
            if (token.AltKey is not null)
            {
                AddKeys(hashes, ids, token.AltKey, id, first);
            }
        }

        return ([.. hashes], [.. ids]);
    }

    private static void AddKeys(List<ulong> hashes, List<int> ids, string key, int id, int first)
    {
        Add(hashes, ids, KeyHash.Of(key), id, first);
        if (key.Length < MinKeyLengthForDeletions || key[0] == '_')
        {
            return;
        }

        for (var i = 0; i < key.Length; i++)
        {
            if (i == 0 || key[i] != key[i - 1])
            {
                Add(hashes, ids, KeyHash.OfDeletion(key, i, variant: true), id, first);
            }
        }
    }

    /// <summary>Adds a pair unless this token already has it (two deletions of a key can give one variant).</summary>
    private static void Add(List<ulong> hashes, List<int> ids, ulong hash, int id, int first)
    {
        for (var i = first; i < hashes.Count; i++)
        {
            if (hashes[i] == hash)
            {
                return;
            }
        }

        hashes.Add(hash);
        ids.Add(id);
    }
}
