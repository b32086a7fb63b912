using System.Runtime.InteropServices;
using System.Text;
using Vetting.Matching.Names;

namespace Vetting.Matching.Index;

/// <summary>
/// Writes <see cref="IndexData"/> in the snapshot format (little-endian, UTF-8 strings with 7-bit length prefixes, arrays
/// as a count and their raw bytes). Everything a load would otherwise rebuild by sorting — the key-bucket layout and the
/// keystroke table — is written too; <see cref="SnapshotReader"/> only derives what one pass over the vocabulary gives.
/// </summary>
internal static class SnapshotWriter
{
    public const string Magic = "VETTING-MATCH-INDEX";
    public const int Version = 5;

    public static void Write(Stream stream, IndexData data)
    {
        if (!BitConverter.IsLittleEndian)
        {
            throw new PlatformNotSupportedException("Snapshots are written on little-endian machines only.");
        }

        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(Version);

        writer.Write(data.Vocabulary.Length);
        foreach (var token in data.Vocabulary)
        {
            var shape = ShapeOf(token);
            writer.Write((byte)shape);
            writer.Write(token.Surface);
            if ((shape & TokenShape.SkeletonIsSurface) == 0)
            {
                writer.Write(token.Skeleton);
            }

            if ((shape & TokenShape.StemIsSkeleton) == 0)
            {
                writer.Write(token.Stem);
            }

            writer.Write(token.Key);
            writer.Write((byte)token.Traits);
            WriteOptional(writer, token.AltSkeleton);
        }

        WriteJagged(writer, data.Postings);
        WriteJagged(writer, data.WordPostings);

        WriteArray(writer, data.EntryTokenStart);
        WriteArray(writer, data.EntryTokens);
        WriteBytes(writer, MemoryMarshal.AsBytes(data.EntryRoles.AsSpan()));
        WriteArray(writer, data.EntryParty);
        WriteBytes(writer, MemoryMarshal.AsBytes(data.EntryKinds.AsSpan()));
        WriteBytes(writer, data.EntrySignificant);
        WriteBytes(writer, MemoryMarshal.AsBytes(data.EntryWeak.AsSpan()));
        writer.Write(data.EntryNames.Text);
        WriteArray<int>(writer, [.. data.EntryNames.Offsets]);
        writer.Write(data.EntryNames.WithParts.Count);
        foreach (var (entry, name) in data.EntryNames.WithParts.OrderBy(p => p.Key))
        {
            writer.Write(entry);
            writer.Write(name.Text);
            WriteOptional(writer, name.Given);
            WriteOptional(writer, name.Middle);
            WriteOptional(writer, name.Patronymic);
            WriteOptional(writer, name.Family);
        }

        writer.Write(data.PartyCount);
        foreach (var id in data.PartyIds)
        {
            writer.Write(id);
        }

        WriteBytes(writer, Array.ConvertAll(data.PartyKinds, k => (byte)k));
        WriteBytes(writer, MemoryMarshal.AsBytes(data.PartyReviewOnly.AsSpan()));
        WriteBytes(writer, data.PartyFullest);
        WriteCodes(writer, data.PartySources);
        WriteCodes(writer, data.PartyCountries);

        writer.Write(data.WordEntryCount);
        writer.Write(data.WordFrequency.Count);
        foreach (var (word, count) in data.WordFrequency.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            writer.Write(word);
            writer.Write(count);
        }

        writer.Write(data.Domains.Count);
        foreach (var (key, hits) in data.Domains.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            writer.Write(key);
            writer.Write(hits.Length);
            foreach (var hit in hits)
            {
                writer.Write(hit.Party);
                writer.Write((byte)hit.Kind);
                writer.Write(hit.Original);
            }
        }

        WriteArray(writer, data.KeyBuckets.BucketHashes);
        WriteArray(writer, data.KeyBuckets.BucketStart);
        WriteArray(writer, data.KeyBuckets.Ids);
        WriteArray(writer, data.KeystrokeToVocabulary.Hashes);
        WriteArray(writer, data.KeystrokeToVocabulary.Ids);
        writer.Write(Magic);
    }

    private static TokenShape ShapeOf(NameToken token) =>
        (string.Equals(token.Skeleton, token.Surface, StringComparison.Ordinal) ? TokenShape.SkeletonIsSurface : 0)
        | (string.Equals(token.Stem, token.Skeleton, StringComparison.Ordinal) ? TokenShape.StemIsSkeleton : 0);

    /// <summary>A column of few distinct strings (list names, country-code sets): the distinct values, then one index per row.</summary>
    private static void WriteCodes(BinaryWriter writer, string[] column)
    {
        var codes = new Dictionary<string, int>(StringComparer.Ordinal);
        var values = new List<string>();
        var rows = new int[column.Length];
        for (var row = 0; row < column.Length; row++)
        {
            if (!codes.TryGetValue(column[row], out rows[row]))
            {
                codes[column[row]] = rows[row] = values.Count;
                values.Add(column[row]);
            }
        }

        writer.Write(values.Count);
        foreach (var value in values)
        {
            writer.Write(value);
        }

        WriteArray(writer, rows);
    }

    private static void WriteOptional(BinaryWriter writer, string? value)
    {
        writer.Write(value is not null);
        if (value is not null)
        {
            writer.Write(value);
        }
    }

    private static void WriteArray<T>(BinaryWriter writer, T[] values)
        where T : unmanaged
    {
        writer.Write(values.Length);
        writer.Write(MemoryMarshal.AsBytes(values.AsSpan()));
    }

    /// <summary>Rows of ints as two flat arrays (row lengths, then all values), so reading them is two bulk reads.</summary>
    private static void WriteJagged(BinaryWriter writer, int[][] rows)
    {
        WriteArray(writer, Array.ConvertAll(rows, r => r.Length));
        writer.Write(rows.Sum(r => r.Length));
        foreach (var row in rows)
        {
            writer.Write(MemoryMarshal.AsBytes(row.AsSpan()));
        }
    }

    private static void WriteBytes(BinaryWriter writer, ReadOnlySpan<byte> values)
    {
        writer.Write(values.Length);
        writer.Write(values);
    }
}
