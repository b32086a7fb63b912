using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Vetting.Connectors.FileImport;

/// <summary>
/// Decodes a UTF-8 file (with or without a byte-order mark) and says which lines held bytes that are not UTF-8, so those
/// rows can be refused by number. A genuine U+FFFD typed into the file is text like any other and is kept.
/// </summary>
internal static class Utf8Text
{
    public static (string Text, IReadOnlySet<long> InvalidLines) Decode(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ReadOnlySpan<byte> span = bytes;
        if (span.StartsWith(Encoding.UTF8.Preamble))
        {
            span = span[Encoding.UTF8.Preamble.Length..];
        }

        var text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false).GetString(span);
        return (text, Utf8.IsValid(span) ? new HashSet<long>() : InvalidLines(span));
    }

    /// <summary>1-based lines (ended by CR LF, LF or a lone CR, as the CSV reader counts them) with an invalid sequence.</summary>
    private static HashSet<long> InvalidLines(ReadOnlySpan<byte> span)
    {
        var lines = new HashSet<long>();
        long line = 1;
        var i = 0;
        while (i < span.Length)
        {
            var b = span[i];
            if (b == (byte)'\n' || (b == (byte)'\r' && (i + 1 == span.Length || span[i + 1] != (byte)'\n')))
            {
                line++;
                i++;
                continue;
            }

            if (b < 0x80)
            {
                i++;
                continue;
            }

            if (Rune.DecodeFromUtf8(span[i..], out _, out var consumed) != OperationStatus.Done)
            {
                lines.Add(line);
            }

            i += Math.Max(consumed, 1);
        }

        return lines;
    }
}
