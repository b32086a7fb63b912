using Vetting.Matching.Names;

namespace Vetting.Matching.Index;

/// <summary>
/// The coarse-key map (keys and their one-deletion variants → vocabulary tokens) laid out for scanning. A bucket is a
/// run of slots in flat arrays that carry, next to each vocabulary id, what the first comparison step needs: the
/// skeleton's letters (copied into the bucket, sorted, so neighbours share prefixes), the surface length and first
/// letter, a hash of the stem and a few flags. Screening a cold query token reads a bucket front to back instead of
/// following hundreds of token objects scattered over the heap. <see cref="KeyBucketBuilder"/> lays the buckets out;
/// a snapshot stores only the layout (bucket hashes, bucket starts, slot ids) and the columns are derived from the
/// vocabulary when it is loaded.
/// </summary>
internal sealed class KeyBuckets
{
    /// <summary>Coarse keys this long or longer are also indexed under each one-deletion variant (typo recall).</summary>
    public const int MinKeyLengthForDeletions = 3;

    private readonly BucketMap _bucketOf;

    /// <summary>Lays out the slot columns of the buckets; checks the layout, so a damaged snapshot fails here.</summary>
    /// <param name="bucketHashes">Per bucket, ascending and distinct: its key hash.</param>
    /// <param name="bucketStart">Per bucket (and one past the last): its first slot; every bucket has at least one.</param>
    /// <param name="ids">Per slot: the vocabulary id.</param>
    /// <exception cref="InvalidDataException">The layout is inconsistent or refers outside the vocabulary.</exception>
    public KeyBuckets(ulong[] bucketHashes, int[] bucketStart, int[] ids, NameToken[] vocabulary)
    {
        Require(bucketStart.Length == bucketHashes.Length + 1 && bucketStart[0] == 0 && bucketStart[^1] == ids.Length);
        for (var b = 0; b < bucketHashes.Length; b++)
        {
            Require(bucketStart[b] < bucketStart[b + 1]);
        }

        _bucketOf = new BucketMap(bucketHashes);
        BucketHashes = bucketHashes;
        BucketStart = bucketStart;
        Ids = ids;

        // Tokens sit in several buckets, and slots visit them in no useful order: their facts are first gathered in
        // vocabulary order into small flat arrays, then copied to each slot from there.
        var tokens = new VocabularyColumns(vocabulary);
        CharStart = new int[ids.Length + 1];
        for (var s = 0; s < ids.Length; s++)
        {
            Require((uint)ids[s] < (uint)vocabulary.Length);
            CharStart[s + 1] = checked(CharStart[s] + tokens.SkeletonLength(ids[s]));
        }

        Chars = new char[CharStart[^1]];
        SurfaceLength = new byte[ids.Length];
        FirstLetter = new char[ids.Length];
        StemHash = new int[ids.Length];
        Flags = new BucketFlags[ids.Length];
        for (var s = 0; s < ids.Length; s++)
        {
            var id = ids[s];
            tokens.Skeleton(id).CopyTo(Chars.AsSpan(CharStart[s]));
            SurfaceLength[s] = tokens.SurfaceLength[id];
            FirstLetter[s] = tokens.FirstLetter[id];
            StemHash[s] = tokens.StemHash[id];
            Flags[s] = tokens.Flags[id];
        }
    }

    /// <summary>Per bucket: its key hash (ascending), for snapshots.</summary>
    public ulong[] BucketHashes { get; }

    /// <summary>Per bucket (and one past the last): its first slot.</summary>
    public int[] BucketStart { get; }

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
        _bucketOf.Find(hash) is var bucket and >= 0 ? (BucketStart[bucket], BucketStart[bucket + 1]) : (0, 0);

    public ReadOnlySpan<char> Skeleton(int slot) => Chars.AsSpan(CharStart[slot], SkeletonLength(slot));

    public int SkeletonLength(int slot) => CharStart[slot + 1] - CharStart[slot];

    public static int StemHashOf(NameToken token) => (int)KeyHash.OfText(token.Stem, -1);

    private static void Require(bool condition)
    {
        if (!condition)
        {
            throw new InvalidDataException("The key buckets are damaged (layout).");
        }
    }
}
