using System.Text;
using Vetting.Watchlists.Importing;

namespace Vetting.Watchlists.OpenSanctions;

/// <summary>
/// Sits between the decoder and Sep: passes the text through while following the CSV quoting (a <c>"</c> toggles
/// quoted mode, <c>""</c> toggles twice) to know where records end. It throws, naming the line where the record
/// began, once a record passes the limit (so Sep never buffers a huge record), when the end of the file falls
/// inside a quoted field (a truncated file), and on bytes that are not UTF-8.
/// </summary>
internal sealed class CsvRecordLimiter : TextReader
{
    private readonly Stream _stream;
    private readonly string _file;
    private readonly int _maxChars;
    private readonly Decoder _decoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetDecoder();
    private readonly byte[] _bytes = new byte[32 * 1024];
    private int _byteStart;
    private int _byteEnd;
    private bool _eof;
    private bool _started;
    private bool _quoted;
    private long _line = 1;
    private long _recordLine = 1;
    private long _recordChars;

    public CsvRecordLimiter(Stream stream, string file, int maxChars = ImportLimits.MaxRecordChars)
    {
        _stream = stream;
        _file = file;
        _maxChars = maxChars;
    }

    /// <summary>Not supported (Sep reads blocks): always -1.</summary>
    public override int Peek() => -1;

    public override int Read()
    {
        Span<char> one = stackalloc char[2];
        return Read(one[..1]) == 0 ? -1 : one[0];
    }

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        while (true)
        {
            if (_byteStart == _byteEnd && !_eof)
            {
                Fill();
            }

            int used;
            int chars;
            try
            {
                _decoder.Convert(_bytes.AsSpan(_byteStart, _byteEnd - _byteStart), buffer, flush: _eof, out used, out chars, out _);
            }
            catch (DecoderFallbackException ex)
            {
                var before = _bytes.AsSpan(_byteStart, Math.Clamp(ex.Index, 0, _byteEnd - _byteStart));
                throw new WatchlistFormatException(_file, "invalid UTF-8 byte sequence", _line + before.Count((byte)'\n'), inner: ex);
            }

            _byteStart += used;
            if (chars > 0)
            {
                Follow(buffer[..chars]);
                return chars;
            }

            if (_eof && _byteStart == _byteEnd)
            {
                if (_quoted)
                {
                    throw new WatchlistFormatException(_file, "a quoted field is still open at the end of the file (truncated file?)", _recordLine);
                }

                return 0;
            }
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _stream.Dispose();
        }

        base.Dispose(disposing);
    }

    private void Fill()
    {
        _byteStart = 0;
        _byteEnd = _stream.Read(_bytes);
        _eof = _byteEnd == 0;
        if (!_started && !_eof)
        {
            _started = true;
            if (_bytes.AsSpan(0, _byteEnd).StartsWith("\uFEFF"u8))
            {
                _byteStart = 3;
            }
        }
    }

    private void Follow(ReadOnlySpan<char> text)
    {
        while (!text.IsEmpty)
        {
            var at = text.IndexOfAny('"', '\n');
            if (at < 0)
            {
                _recordChars += text.Length;
                Check();
                return;
            }

            if (text[at] == '"')
            {
                _recordChars += at + 1;
                _quoted = !_quoted;
                Check();
            }
            else if (_quoted)
            {
                _recordChars += at + 1;
                _line++;
                Check();
            }
            else
            {
                _recordChars += at;
                Check();
                _line++;
                _recordChars = 0;
                _recordLine = _line;
            }

            text = text[(at + 1)..];
        }
    }

    private void Check()
    {
        if (_recordChars > _maxChars)
        {
            throw new WatchlistFormatException(_file, $"record is longer than {_maxChars} characters", _recordLine);
        }
    }
}
