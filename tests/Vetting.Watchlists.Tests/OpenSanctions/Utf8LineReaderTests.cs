using System.Text;
using Vetting.Watchlists.Importing;
using Vetting.Watchlists.OpenSanctions;

namespace Vetting.Watchlists.Tests.OpenSanctions;

public sealed class Utf8LineReaderTests
{
    [Fact]
    public void TryReadLine_LimitCountsCharactersNotBytes()
    {
        // Ten Cyrillic letters are 20 bytes but 10 characters; an emoji is two UTF-16 characters.
        using var reader = Reader("абвгдежзий\r\nабвгдежзийк\n", maxChars: 10);

        Assert.True(reader.TryReadLine(out var first));
        Assert.Equal("абвгдежзий", Encoding.UTF8.GetString(first.Span));
        var error = Assert.Throws<WatchlistFormatException>(() => reader.TryReadLine(out _));
        Assert.Equal(2, error.Line);
    }

    [Fact]
    public void TryReadLine_SurrogatePairsCountTwice()
    {
        using var reader = Reader("\U0001F600\U0001F600\U0001F600\n", maxChars: 5);

        Assert.Throws<WatchlistFormatException>(() => reader.TryReadLine(out _));
    }

    [Fact]
    public void TryReadLine_LinesAcrossChunksAndWithoutFinalNewline_AreWhole()
    {
        var longLine = new string('x', 200_000);
        using var reader = Reader("\uFEFFa\n" + longLine + "\nlast", maxChars: 300_000);

        var lines = new List<string>();
        while (reader.TryReadLine(out var line))
        {
            lines.Add(Encoding.UTF8.GetString(line.Span));
        }

        Assert.Equal(["a", longLine, "last"], lines);
        Assert.Equal(3, reader.LineNumber);
    }

    private static Utf8LineReader Reader(string text, int maxChars) =>
        new(new MemoryStream(Encoding.UTF8.GetBytes(text)), "test.json", maxChars);
}
