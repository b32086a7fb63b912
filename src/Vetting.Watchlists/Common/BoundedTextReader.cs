namespace Vetting.Watchlists.Common;

/// <summary>
/// Passes text through and counts the characters delivered since the last <see cref="ResetCount"/>; once the count
/// passes the limit it throws <see cref="InvalidDataException"/>, so a parser on top never buffers a huge record or
/// value whole. The count runs ahead of the parser by at most its read buffer.
/// </summary>
internal sealed class BoundedTextReader : TextReader
{
    private readonly TextReader _inner;
    private readonly long _limit;
    private long _sinceReset;

    public BoundedTextReader(TextReader inner, long limit)
    {
        _inner = inner;
        _limit = limit;
    }

    public long Limit => _limit;

    /// <summary>True once the limit was passed (the reader has thrown).</summary>
    public bool LimitExceeded { get; private set; }

    public void ResetCount() => _sinceReset = 0;

    public override int Peek() => _inner.Peek();

    public override int Read()
    {
        var c = _inner.Read();
        if (c >= 0)
        {
            Count(1);
        }

        return c;
    }

    public override int Read(char[] buffer, int index, int count) => Count(_inner.Read(buffer, index, count));

    public override int Read(Span<char> buffer) => Count(_inner.Read(buffer));

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private int Count(int read)
    {
        _sinceReset += read;
        if (_sinceReset > _limit)
        {
            LimitExceeded = true;
            throw new InvalidDataException($"more than {_limit} characters without a record boundary");
        }

        return read;
    }
}
