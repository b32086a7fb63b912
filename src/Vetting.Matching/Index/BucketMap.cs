namespace Vetting.Matching.Index;

/// <summary>
/// Key hash → bucket number, as an open-addressing table (linear probing, at most half full) in two flat arrays.
/// Built from the sorted, distinct bucket hashes a snapshot stores, so loading it is one pass with no rehashing and no
/// per-entry objects.
/// </summary>
internal sealed class BucketMap
{
    private readonly ulong[] _keys;

    /// <summary>Bucket number + 1; 0 marks an empty place.</summary>
    private readonly int[] _buckets;

    private readonly int _mask;

    /// <param name="hashes">Bucket hashes in ascending order, each once; bucket <c>b</c> has <c>hashes[b]</c>.</param>
    public BucketMap(ulong[] hashes)
    {
        var capacity = 16;
        while (capacity < hashes.Length * 2)
        {
            capacity *= 2;
        }

        _keys = new ulong[capacity];
        _buckets = new int[capacity];
        _mask = capacity - 1;
        for (var b = 0; b < hashes.Length; b++)
        {
            if (b > 0 && hashes[b] <= hashes[b - 1])
            {
                throw new InvalidDataException("Bucket hashes are not sorted and distinct.");
            }

            var place = Home(hashes[b]);
            while (_buckets[place] != 0)
            {
                place = (place + 1) & _mask;
            }

            _keys[place] = hashes[b];
            _buckets[place] = b + 1;
        }
    }

    /// <summary>The bucket with <paramref name="hash"/>, or -1 when there is none.</summary>
    public int Find(ulong hash)
    {
        for (var place = Home(hash); ; place = (place + 1) & _mask)
        {
            var bucket = _buckets[place];
            if (bucket == 0 || _keys[place] == hash)
            {
                return bucket - 1;
            }
        }
    }

    private int Home(ulong hash) => (int)(hash ^ (hash >> 32)) & _mask;
}
