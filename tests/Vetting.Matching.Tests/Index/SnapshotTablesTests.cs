using System.IO.Compression;
using Vetting.Matching.Index;
using Vetting.Matching.Tests.Support;

namespace Vetting.Matching.Tests.Index;

/// <summary>
/// The key-bucket layout and the keystroke table travel in the snapshot (a load no longer sorts them out again): they
/// come back equal, and a damaged count, reference or order in them is refused with <see cref="InvalidDataException"/>
/// at load, never an index error later while screening. The two tables are the last sections before the end marker.
/// </summary>
public sealed class SnapshotTablesTests
{
    private static readonly Lazy<(IndexData Data, byte[] Bytes)> Saved = new(() =>
    {
        var index = MatchIndex.Build(SyntheticParties.Create(400).Concat(FixtureLists.All));
        using var stream = new MemoryStream();
        index.Save(stream);
        return (index.Data, stream.ToArray());
    });

    [Fact]
    public void SaveThenLoad_KeyBucketsAndKeystrokeTable_AreEqual()
    {
        var (built, bytes) = Saved.Value;

        var loaded = Load(bytes).Data;

        var expected = built.KeyBuckets;
        var actual = loaded.KeyBuckets;
        Assert.True(expected.SlotCount > 1_000, $"only {expected.SlotCount} slots: the check means little");
        Assert.Equal(expected.BucketHashes, actual.BucketHashes);
        Assert.Equal(expected.BucketStart, actual.BucketStart);
        Assert.Equal(expected.Ids, actual.Ids);
        Assert.Equal(expected.CharStart, actual.CharStart);
        Assert.Equal(expected.Chars, actual.Chars);
        Assert.Equal(expected.SurfaceLength, actual.SurfaceLength);
        Assert.Equal(expected.FirstLetter, actual.FirstLetter);
        Assert.Equal(expected.StemHash, actual.StemHash);
        Assert.Equal(expected.Flags, actual.Flags);
        foreach (var hash in expected.BucketHashes)
        {
            Assert.Equal(expected.Range(hash), actual.Range(hash));
        }

        Assert.Equal((0, 0), actual.Range(expected.BucketHashes[^1] + 1));
        Assert.Equal(built.KeystrokeToVocabulary.Hashes, loaded.KeystrokeToVocabulary.Hashes);
        Assert.Equal(built.KeystrokeToVocabulary.Ids, loaded.KeystrokeToVocabulary.Ids);
        Assert.Equal(built.Postings, loaded.Postings);
        Assert.Equal(built.WordPostings, loaded.WordPostings);
        Assert.Equal(built.PartySources, loaded.PartySources);
        Assert.Equal(built.PartyCountries, loaded.PartyCountries);
        Assert.Equal(built.Vocabulary.Select(t => (t.Surface, t.Skeleton, t.Stem, t.Key)), loaded.Vocabulary.Select(t => (t.Surface, t.Skeleton, t.Stem, t.Key)));
    }

    [Theory]
    [InlineData(Table.BucketHashes, 0, int.MaxValue)] // count
    [InlineData(Table.BucketStart, 0, -1)] // count
    [InlineData(Table.BucketStart, 2, 0)] // a bucket with no slots
    [InlineData(Table.BucketStart, 1, 5)] // the first bucket must start at slot 0
    [InlineData(Table.SlotIds, 0, 1_000_000)] // count larger than the rest of the stream
    [InlineData(Table.SlotIds, 3, -1)] // reference
    [InlineData(Table.SlotIds, 5, 40_000_000)] // reference
    [InlineData(Table.KeystrokeHashes, 0, 7)] // count
    [InlineData(Table.KeystrokeIds, 0, 3)] // count
    [InlineData(Table.KeystrokeIds, 2, 40_000_000)] // reference
    public void Load_DamagedTable_ThrowsInvalidData(Table table, int item, int value)
    {
        var (data, bytes) = Saved.Value;
        var copy = (byte[])bytes.Clone();
        Assert.Equal(Length(data, table), BitConverter.ToInt32(copy, Offset(data, copy.Length, table)));
        var offset = Offset(data, copy.Length, table) + (item == 0 ? 0 : sizeof(int) + ((item - 1) * ItemSize(table)));
        BitConverter.TryWriteBytes(copy.AsSpan(offset, sizeof(int)), value);

        Assert.Throws<InvalidDataException>(() => Load(copy));
    }

    [Fact]
    public void Load_BucketHashesOutOfOrder_ThrowsInvalidData()
    {
        var (data, bytes) = Saved.Value;
        var copy = (byte[])bytes.Clone();
        var first = Offset(data, copy.Length, Table.BucketHashes) + sizeof(int);
        // Swap the first two hashes: both still exist, but the map would no longer be sorted and distinct.
        var a = copy.AsSpan(first, sizeof(ulong)).ToArray();
        copy.AsSpan(first + sizeof(ulong), sizeof(ulong)).CopyTo(copy.AsSpan(first));
        a.CopyTo(copy.AsSpan(first + sizeof(ulong)));

        Assert.Throws<InvalidDataException>(() => Load(copy));
    }

    [Fact]
    public void Load_KeystrokeHashesOutOfOrder_ThrowsInvalidData()
    {
        var (data, bytes) = Saved.Value;
        var copy = (byte[])bytes.Clone();
        var first = Offset(data, copy.Length, Table.KeystrokeHashes) + sizeof(int);
        BitConverter.TryWriteBytes(copy.AsSpan(first, sizeof(ulong)), ulong.MaxValue);

        Assert.Throws<InvalidDataException>(() => Load(copy));
    }

    [Fact]
    public void Load_StreamWithoutLength_ReadsWholeSnapshotAndRefusesACutOne()
    {
        var (data, bytes) = Saved.Value;
        using (var whole = Decompressing(bytes))
        {
            Assert.False(whole.CanSeek);
            Assert.Equal(data.EntryCount, MatchIndex.Load(whole).Data.EntryCount);
        }

        // Cut inside the slot ids: the stream cannot tell how much is left, so the read itself must run out.
        var cut = Offset(data, bytes.Length, Table.SlotIds) + 12;
        using var truncated = Decompressing(bytes[..cut]);
        Assert.Throws<InvalidDataException>(() => MatchIndex.Load(truncated));
    }

    /// <summary>A stream that only reads forwards and does not know its length, as a compressed download does.</summary>
    private static GZipStream Decompressing(byte[] bytes)
    {
        var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(bytes);
        }

        compressed.Position = 0;
        return new GZipStream(compressed, CompressionMode.Decompress);
    }

    private static MatchIndex Load(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        return MatchIndex.Load(stream);
    }

    public enum Table
    {
        BucketHashes,
        BucketStart,
        SlotIds,
        KeystrokeHashes,
        KeystrokeIds,
    }

    private static int ItemSize(Table table) => table is Table.BucketHashes or Table.KeystrokeHashes ? sizeof(ulong) : sizeof(int);

    private static int Length(IndexData data, Table table) => table switch
    {
        Table.BucketHashes => data.KeyBuckets.BucketHashes.Length,
        Table.BucketStart => data.KeyBuckets.BucketStart.Length,
        Table.SlotIds => data.KeyBuckets.Ids.Length,
        Table.KeystrokeHashes => data.KeystrokeToVocabulary.Hashes.Length,
        _ => data.KeystrokeToVocabulary.Ids.Length,
    };

    /// <summary>Where the count of <paramref name="table"/> starts, counted back from the end marker.</summary>
    private static int Offset(IndexData data, int fileLength, Table table)
    {
        var offset = fileLength - (1 + SnapshotWriter.Magic.Length);
        for (var t = Table.KeystrokeIds; t >= table; t--)
        {
            offset -= sizeof(int) + (Length(data, t) * ItemSize(t));
        }

        return offset;
    }
}
