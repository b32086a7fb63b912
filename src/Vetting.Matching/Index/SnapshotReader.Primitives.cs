using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace Vetting.Matching.Index;

/// <summary>Counts, references, strings and raw arrays of the snapshot format, each checked as it is read.</summary>
internal static partial class SnapshotReader
{
    private const int MaxCount = 200_000_000;

    /// <summary>Arrays up to this size are allocated without first checking that the stream holds them.</summary>
    private const int SmallArrayBytes = 1 << 16;

    private static int Count(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        return count is >= 0 and <= MaxCount ? count : throw new InvalidDataException($"The match-index snapshot has an impossible count ({count}).");
    }

    /// <summary>A count of items of <paramref name="size"/> bytes that must still be in the stream (when its length is known).</summary>
    private static int ArrayCount(BinaryReader reader, int size)
    {
        var count = Count(reader);
        var stream = reader.BaseStream;
        if ((long)count * size > SmallArrayBytes && stream.CanSeek && (long)count * size > stream.Length - stream.Position)
        {
            throw new EndOfStreamException();
        }

        return count;
    }

    private static int Reference(int value, int count) =>
        value >= 0 && value < count ? value : throw new InvalidDataException($"The match-index snapshot refers to item {value} of {count}.");

    private static string? Optional(BinaryReader reader) => reader.ReadBoolean() ? reader.ReadString() : null;

    /// <summary>
    /// A string of the <see cref="BinaryWriter.Write(string)"/> format decoded in one pass: <see cref="BinaryReader.ReadString"/>
    /// goes through a string builder 128 bytes at a time, which is slow for the megabytes of all entry names.
    /// </summary>
    private static string ReadLongString(BinaryReader reader)
    {
        var length = reader.Read7BitEncodedInt();
        if (length is < 0 or > MaxCount)
        {
            throw new InvalidDataException($"The match-index snapshot has an impossible text length ({length}).");
        }

        if (reader.BaseStream.CanSeek && length > reader.BaseStream.Length - reader.BaseStream.Position)
        {
            throw new EndOfStreamException();
        }

        // Not pooled: a pool would keep tens of megabytes alive for the one read.
        var bytes = new byte[length];
        reader.BaseStream.ReadExactly(bytes);
        return Encoding.UTF8.GetString(bytes);
    }

    /// <summary>A column written as its distinct values and one index per row; rows share the value strings.</summary>
    private static string[] ReadCodes(BinaryReader reader, int rows)
    {
        var values = new string[Count(reader)];
        for (var v = 0; v < values.Length; v++)
        {
            values[v] = reader.ReadString();
        }

        var indexes = ReadInts(reader);
        if (indexes.Length != rows)
        {
            throw new InvalidDataException("The match-index snapshot is damaged (party columns).");
        }

        return Array.ConvertAll(indexes, i => values[Reference(i, values.Length)]);
    }

    private static int[] ReadInts(BinaryReader reader) => ReadArray<int>(reader);

    private static T[] ReadArray<T>(BinaryReader reader)
        where T : unmanaged
    {
        var values = new T[ArrayCount(reader, Unsafe.SizeOf<T>())];
        reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(values.AsSpan()));
        return values;
    }

    /// <summary>Rows of ints written by <c>SnapshotWriter.WriteJagged</c>.</summary>
    private static int[][] ReadJagged(BinaryReader reader, int rows, string what)
    {
        var lengths = ReadInts(reader);
        var values = ReadInts(reader);
        if (lengths.Length != rows)
        {
            throw new InvalidDataException($"The match-index snapshot is damaged ({what}).");
        }

        var jagged = new int[rows][];
        var start = 0;
        for (var row = 0; row < rows; row++)
        {
            if (lengths[row] < 0 || lengths[row] > values.Length - start)
            {
                throw new InvalidDataException($"The match-index snapshot is damaged ({what}).");
            }

            jagged[row] = values.AsSpan(start, lengths[row]).ToArray();
            start += lengths[row];
        }

        return start == values.Length ? jagged : throw new InvalidDataException($"The match-index snapshot is damaged ({what}).");
    }

    private static byte[] ReadBytes(BinaryReader reader) => ReadArray<byte>(reader);

    /// <summary>A byte column with one value per row.</summary>
    private static byte[] ReadBytes(BinaryReader reader, int rows, string what)
    {
        var values = ReadBytes(reader);
        return values.Length == rows ? values : throw new InvalidDataException($"The match-index snapshot is damaged ({what}).");
    }
}
