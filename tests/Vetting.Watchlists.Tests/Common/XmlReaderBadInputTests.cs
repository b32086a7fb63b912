using System.Text;
using Vetting.Testing;
using Vetting.Watchlists.Importing;

namespace Vetting.Watchlists.Tests.Common;

/// <summary>
/// The structural failures every XML list reader must report with the file and position rather than crash or lose
/// records silently. Each reader's test class derives from this and names its fixture and record element.
/// </summary>
public abstract class XmlReaderBadInputTests : IDisposable
{
    private const int LookAheadMargin = 64 * 1024;

    private readonly TempDirectory _temp = new();

    internal abstract IWatchlistReader Reader { get; }

    /// <summary>A valid file of the reader's format, cut and corrupted by the tests.</summary>
    protected abstract string FixturePath { get; }

    /// <summary>A valid file of another format.</summary>
    protected abstract string OtherFormatPath { get; }

    /// <summary>The start of a record's start tag, e.g. <c>&lt;INDIVIDUAL&gt;</c> or <c>&lt;sanctionEntity </c>.</summary>
    protected abstract string RecordOpen { get; }

    protected abstract string RecordClose { get; }

    [Fact]
    public void Read_EmptyFile_ThrowsNamingFile()
    {
        var path = Write("empty.xml", "");

        var ex = XmlReaderRun.Failure(Reader, path);

        Assert.Equal("empty.xml: the file is empty", ex.Message);
    }

    [Fact]
    public void Read_TruncatedFile_ThrowsWithFileAndLine()
    {
        var text = File.ReadAllText(FixturePath);
        var cut = text[..(text.Length / 2)];
        var path = Write("truncated.xml", cut);

        var ex = XmlReaderRun.Failure(Reader, path);

        Assert.Contains("malformed or truncated XML", ex.Message, StringComparison.Ordinal);
        Assert.NotNull(ex.Line);
        Assert.InRange(ex.Line.Value, 1, XmlReaderRun.LineAt(cut, cut.Length));
        Assert.StartsWith($"truncated.xml:{ex.Line}:", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_OtherFormat_ThrowsWrongFormat()
    {
        var path = Write("other.xml", File.ReadAllText(OtherFormatPath));

        var ex = XmlReaderRun.Failure(Reader, path);

        Assert.Contains("wrong format: root element is", ex.Message, StringComparison.Ordinal);
        Assert.NotNull(ex.Line);
        Assert.StartsWith($"other.xml:{ex.Line}:", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_HttpErrorBodySavedAsXml_ThrowsNotAnXmlDocument()
    {
        var path = Write("error.xml", """{"status":500,"error":"Internal Server Error","message":""}""");

        var ex = XmlReaderRun.Failure(Reader, path);

        Assert.StartsWith("error.xml:1:1: not an XML document", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_InvalidUtf8Bytes_ThrowsWithLineOfTheBadByte()
    {
        var text = File.ReadAllText(FixturePath);
        var at = text.IndexOf('>', FirstRecord(text)) + 1;
        byte[] bytes = [.. Encoding.UTF8.GetBytes(text[..at]), 0xC3, 0x28, .. Encoding.UTF8.GetBytes(text[at..])];
        var path = _temp.File("bytes.xml");
        File.WriteAllBytes(path, bytes);

        var ex = XmlReaderRun.Failure(Reader, path);

        Assert.Contains("invalid UTF-8 byte sequence", ex.Message, StringComparison.Ordinal);
        Assert.Equal(XmlReaderRun.LineAt(text, at), ex.Line);
        Assert.StartsWith($"bytes.xml:{ex.Line}:", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RecordLongerThanLimit_ThrowsNamingTheRecordLine()
    {
        var text = File.ReadAllText(FixturePath);
        var at = text.IndexOf('>', FirstRecord(text)) + 1;
        // The bound is checked from the record's start tag on, give or take the parser's look-ahead buffer.
        var huge = "<Padding>" + new string('x', ImportLimits.MaxRecordChars + LookAheadMargin) + "</Padding>";
        var path = Write("huge.xml", text[..at] + huge + text[at..]);

        var ex = XmlReaderRun.Failure(Reader, path);

        Assert.Contains($"is longer than {ImportLimits.MaxRecordChars} characters", ex.Message, StringComparison.Ordinal);
        Assert.Equal(XmlReaderRun.LineAt(text, FirstRecord(text)), ex.Line);
        Assert.StartsWith($"huge.xml:{ex.Line}: the record starting at line {ex.Line}", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DuplicateId_ThrowsNamingBothRecords()
    {
        var text = File.ReadAllText(FixturePath);
        var start = FirstRecord(text);
        var end = text.IndexOf(RecordClose, start, StringComparison.Ordinal) + RecordClose.Length;
        var doubled = text[..end] + "\n" + text[start..end] + text[end..];
        var path = Write("duplicate.xml", doubled);

        var ex = XmlReaderRun.Failure(Reader, path);

        Assert.Contains("duplicate id", ex.Message, StringComparison.Ordinal);
        Assert.Contains($"first used by the record at line {XmlReaderRun.LineAt(text, start)}", ex.Message, StringComparison.Ordinal);
        Assert.Equal(XmlReaderRun.LineAt(doubled, end + 1), ex.Line);
        Assert.StartsWith($"duplicate.xml:{ex.Line}: duplicate id", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_CancelledToken_StopsBeforeTheFirstRecord()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(
            () => Reader.Read(WatchlistInput.OneFile(FixturePath), new ImportContext(), cancelled.Token).ToList());
    }

    public void Dispose()
    {
        _temp.Dispose();
        GC.SuppressFinalize(this);
    }

    protected string Write(string name, string content)
    {
        var path = _temp.File(name);
        File.WriteAllText(path, content, new UTF8Encoding(false));
        return path;
    }

    private int FirstRecord(string text)
    {
        var start = text.IndexOf(RecordOpen, StringComparison.Ordinal);
        Assert.True(start >= 0, $"the fixture has no {RecordOpen}");
        return start;
    }
}
