using System.Runtime.InteropServices;
using System.Text;

namespace Vetting.Matching.Index;

/// <summary>Writes <see cref="IndexData"/> in the snapshot format (little-endian, UTF-8 strings, version 1).</summary>
internal static class SnapshotWriter
{
    public const string Magic = "VETTING-MATCH-INDEX";
    public const int Version = 4;

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
            writer.Write(token.Surface);
            writer.Write(token.Skeleton);
            writer.Write(token.Stem);
            writer.Write(token.Key);
            writer.Write((byte)token.Traits);
            WriteOptional(writer, token.AltSkeleton);
        }

        foreach (var postings in data.Postings)
        {
            WriteInts(writer, postings);
        }

        foreach (var postings in data.WordPostings)
        {
            WriteInts(writer, postings);
        }

        WriteInts(writer, data.EntryTokenStart);
        WriteInts(writer, data.EntryTokens);
        WriteBytes(writer, MemoryMarshal.AsBytes(data.EntryRoles.AsSpan()));
        WriteInts(writer, data.EntryParty);
        WriteBytes(writer, MemoryMarshal.AsBytes(data.EntryKinds.AsSpan()));
        WriteBytes(writer, data.EntrySignificant);
        WriteBytes(writer, MemoryMarshal.AsBytes(data.EntryWeak.AsSpan()));
        writer.Write(data.EntryNames.Text);
        WriteInts(writer, [.. data.EntryNames.Offsets]);
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
        for (var p = 0; p < data.PartyCount; p++)
        {
            writer.Write(data.PartyIds[p]);
            writer.Write(data.PartySources[p]);
            writer.Write((byte)data.PartyKinds[p]);
            writer.Write(data.PartyReviewOnly[p]);
            writer.Write(data.PartyFullest[p]);
            writer.Write(data.PartyCountries[p]);
        }

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

        writer.Write(Magic);
    }

    private static void WriteOptional(BinaryWriter writer, string? value)
    {
        writer.Write(value is not null);
        if (value is not null)
        {
            writer.Write(value);
        }
    }

    private static void WriteInts(BinaryWriter writer, int[] values)
    {
        writer.Write(values.Length);
        writer.Write(MemoryMarshal.AsBytes(values.AsSpan()));
    }

    private static void WriteBytes(BinaryWriter writer, ReadOnlySpan<byte> values)
    {
        writer.Write(values.Length);
        writer.Write(values);
    }
}
