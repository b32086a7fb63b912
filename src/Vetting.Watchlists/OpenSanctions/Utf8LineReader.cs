using Vetting.Watchlists.Importing;

namespace Vetting.Watchlists.OpenSanctions;

/// <summary>
/// Reads a stream line by line as raw UTF-8 bytes, holding one line at a time. A line longer than the limit (in
/// UTF-16 characters, as <see cref="ImportLimits.MaxRecordChars"/> counts) is rejected as soon as the reader has seen
/// that much of it, so a 100 MB line never sits in memory: the buffer stays below three bytes per allowed character.
/// </summary>
internal sealed class Utf8LineReader : IDisposable
{
    private const int ChunkBytes = 64 * 1024;
    private readonly Stream _stream;
    private readonly string _file;
    private readonly int _maxChars;
    private byte[] _buffer = new byte[ChunkBytes];
    private int _start;
    private int _end;
    private int _scanned;
    private int _counted;
    private long _chars;
    private bool _eof;

    public Utf8LineReader(Stream stream, string file, int maxChars = ImportLimits.MaxRecordChars)
    {
        _stream = stream;
        _file = file;
        _maxChars = maxChars;
    }

    /// <summary>1-based number of the line last returned.</summary>
    public long LineNumber { get; private set; }

    /// <summary>The next line without its <c>\n</c> or <c>\r\n</c>; the memory is valid until the next call.</summary>
    public bool TryReadLine(out ReadOnlyMemory<byte> line)
    {
        while (true)
        {
            var scanFrom = _start + _scanned;
            var newline = _buffer.AsSpan(scanFrom, _end - scanFrom).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                var lineEnd = scanFrom + newline;
                line = TakeLine(lineEnd, lineEnd + 1);
                return true;
            }

            _scanned = _end - _start;
            CheckLength(_end);
            if (_eof)
            {
                if (_end == _start)
                {
                    line = default;
                    return false;
                }

                line = TakeLine(_end, _end);
                return true;
            }

            Fill();
        }
    }

    public void Dispose() => _stream.Dispose();

    private ReadOnlyMemory<byte> TakeLine(int lineEnd, int next)
    {
        var from = _start;
        if (LineNumber == 0 && _buffer.AsSpan(from, lineEnd - from).StartsWith("\uFEFF"u8))
        {
            from += 3;
        }

        var end = lineEnd > from && _buffer[lineEnd - 1] == (byte)'\r' ? lineEnd - 1 : lineEnd;
        CheckLength(end);
        LineNumber++;
        _start = next;
        _scanned = 0;
        _counted = 0;
        _chars = 0;
        return _buffer.AsMemory(from, end - from);
    }

    /// <summary>
    /// Characters never outnumber bytes, so a line within the limit in bytes is fine; past that, count the
    /// characters (a lead byte starts one, a four-byte sequence is a surrogate pair) of the bytes not counted yet.
    /// </summary>
    private void CheckLength(int lineEnd)
    {
        var bytes = lineEnd - _start;
        if (bytes <= _maxChars)
        {
            return;
        }

        if (_counted > bytes)
        {
            // A trailing '\r' was counted before its '\n' arrived: one byte, one character.
            _chars -= _counted - bytes;
            _counted = bytes;
        }

        foreach (var b in _buffer.AsSpan(_start + _counted, bytes - _counted))
        {
            if ((b & 0xC0) != 0x80)
            {
                _chars += b >= 0xF0 ? 2 : 1;
            }
        }

        _counted = bytes;
        if (_chars > _maxChars)
        {
            throw new WatchlistFormatException(_file, $"line is longer than {_maxChars} characters", LineNumber + 1);
        }
    }

    private void Fill()
    {
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }

        if (_buffer.Length - _end < ChunkBytes / 2)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        var read = _stream.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0)
        {
            _eof = true;
        }

        _end += read;
    }
}
