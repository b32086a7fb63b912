using System.Buffers;
using System.Text;

namespace Vetting.Watchlists.Common;

/// <summary>
/// Finds where a file stops being valid UTF-8, for the error message only (a cold path after a decoder failed):
/// streams the bytes once and counts lines, so the position is exact whatever the reader had buffered.
/// </summary>
internal static class Utf8ErrorLocator
{
    private const int ChunkBytes = 64 * 1024;

    /// <summary>1-based line and column (in characters) of the first invalid sequence, or null when the file is valid.</summary>
    public static (long Line, long Column)? Find(string file)
    {
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        var buffer = new byte[ChunkBytes];
        long line = 1, column = 1;
        var carry = 0;
        while (true)
        {
            var read = stream.Read(buffer, carry, buffer.Length - carry);
            var total = carry + read;
            var final = read == 0;
            var position = 0;
            while (position < total)
            {
                var status = Rune.DecodeFromUtf8(buffer.AsSpan(position, total - position), out var rune, out var length);
                if (status == OperationStatus.NeedMoreData && !final)
                {
                    break;
                }

                if (status != OperationStatus.Done)
                {
                    return (line, column);
                }

                if (rune.Value == '\n')
                {
                    line++;
                    column = 1;
                }
                else
                {
                    column++;
                }

                position += length;
            }

            if (final)
            {
                return null;
            }

            carry = total - position;
            buffer.AsSpan(position, carry).CopyTo(buffer);
        }
    }
}
