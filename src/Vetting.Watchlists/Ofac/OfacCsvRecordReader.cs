using System.Globalization;
using System.Text;
using Vetting.Watchlists.Importing;

namespace Vetting.Watchlists.Ofac;

/// <summary>
/// A bounded RFC-4180 record reader for OFAC's legacy CSV files (formats doc §2.2): no header, CRLF, fields
/// double-quoted with <c>""</c> escapes, the unquoted null token <c>-0-</c> (usually followed by a space), and a DOS
/// end-of-file byte 0x1A after the last record. It reads one character at a time and refuses a record longer than
/// <see cref="ImportLimits.MaxRecordChars"/> before holding more than that in memory.
/// </summary>
/// <remarks>
/// Decoded as Windows-1252, not Latin-1: OFAC's files come from Windows, and the two differ in 0x80-0x9F, where
/// Latin-1 would turn a curly quote or dash into an invisible C1 control. The five bytes 1252 leaves undefined
/// decode to C1 controls and are refused, like C0 controls other than tab, CR and LF: such bytes mean the file is
/// not a text list.
/// </remarks>
internal sealed class OfacCsvRecordReader : IDisposable
{
    private const char DosEndOfFile = '\u001A';
    private const string NullToken = "-0-";

    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(
        1252, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)
        ?? throw new InvalidOperationException("Windows-1252 is not available");

    private readonly TextReader _reader;
    private readonly string _file;
    private readonly StringBuilder _field = new();
    private long _line = 1;
    private long _column;
    private long _recordChars;
    private long _recordLine;

    public OfacCsvRecordReader(string file)
    {
        _file = file;
        _reader = new StreamReader(file, Windows1252, detectEncodingFromByteOrderMarks: false);
    }

    /// <summary>True once the reader met the DOS end-of-file byte that OFAC puts after the last record.</summary>
    public bool EndedWithDosEndOfFile { get; private set; }

    /// <summary>The next record, or null at the end of the file.</summary>
    public OfacCsvRecord? Read()
    {
        var c = Next();
        while (c is '\r' or '\n')
        {
            c = Next();
        }

        if (c == -1)
        {
            return null;
        }

        if (c == DosEndOfFile)
        {
            ReadAfterEndOfFile();
            return null;
        }

        _recordChars = 1;
        _recordLine = _line;
        var fields = new List<string?>(12);
        while (true)
        {
            c = c == '"' ? ReadQuoted(fields) : ReadUnquoted(c, fields);
            if (c == ',')
            {
                c = Next();
                continue;
            }

            if (c == '\r' && _reader.Peek() == '\n')
            {
                Next();
            }

            return new OfacCsvRecord(_recordLine, fields);
        }
    }

    public void Dispose() => _reader.Dispose();

    private int ReadQuoted(List<string?> fields)
    {
        _field.Clear();
        while (true)
        {
            var c = Next();
            if (c == -1)
            {
                throw Error("quoted field is not closed before the end of the file (truncated file?)", _recordLine, null);
            }

            if (c == '"')
            {
                if (_reader.Peek() != '"')
                {
                    break;
                }

                Next();
            }

            Append(c);
        }

        fields.Add(Value(_field.ToString(), quoted: true));
        var after = Next();
        while (after == ' ')
        {
            after = Next();
        }

        return after is ',' or '\r' or '\n' or -1
            ? after
            : throw Error("unexpected character after a closing quote", _line, _column);
    }

    private int ReadUnquoted(int c, List<string?> fields)
    {
        _field.Clear();
        while (c is not (',' or '\r' or '\n' or -1))
        {
            if (c == '"')
            {
                throw Error("a double quote inside an unquoted field", _line, _column);
            }

            Append(c);
            c = Next();
        }

        fields.Add(Value(_field.ToString(), quoted: false));
        return c;
    }

    /// <summary>
    /// Null for a blank field and for the unquoted null token; a quoted value is kept verbatim (the remarks cut at
    /// 1,000 characters may end in a space that its continuation needs), an unquoted one trimmed.
    /// </summary>
    private static string? Value(string raw, bool quoted)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        if (quoted)
        {
            return raw;
        }

        var trimmed = raw.Trim();
        return trimmed == NullToken ? null : trimmed;
    }

    private void Append(int c)
    {
        if (c == DosEndOfFile)
        {
            throw Error("DOS end-of-file byte 0x1A inside a record (truncated file?)", _line, _column);
        }

        if (++_recordChars > ImportLimits.MaxRecordChars)
        {
            throw Error($"record is longer than {ImportLimits.MaxRecordChars} characters", _recordLine, null);
        }

        _field.Append((char)c);
    }

    private void ReadAfterEndOfFile()
    {
        EndedWithDosEndOfFile = true;
        int c;
        while ((c = Next()) != -1)
        {
            if (!char.IsWhiteSpace((char)c))
            {
                throw Error("data after the DOS end-of-file byte 0x1A", _line, _column);
            }
        }
    }

    private int Next()
    {
        int c;
        try
        {
            c = _reader.Read();
        }
        catch (DecoderFallbackException ex)
        {
            throw Error("invalid Windows-1252 byte", _line, _column + 1, ex);
        }

        _column++;
        if (c == '\n' || (c == '\r' && _reader.Peek() != '\n'))
        {
            _line++;
            _column = 0;
        }
        else if (c != -1 && c != DosEndOfFile && IsForbiddenControl(c))
        {
            var code = c.ToString("X4", CultureInfo.InvariantCulture);
            throw Error($"invalid byte (control character U+{code}): not a text list", _line, _column);
        }

        return c;
    }

    private static bool IsForbiddenControl(int c) => (c < 0x20 && c is not ('\t' or '\r' or '\n')) || c is >= 0x7F and <= 0x9F;

    private WatchlistFormatException Error(string problem, long line, long? column, Exception? inner = null) =>
        new(_file, problem, line, column, inner);
}
