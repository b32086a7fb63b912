using System.Text;
using Vetting.Testing;
using Vetting.Watchlists.Importing;
using Vetting.Watchlists.OpenSanctions;

namespace Vetting.Watchlists.Tests.OpenSanctions;

public sealed class TargetsSimpleCsvReaderBadInputTests : IDisposable
{
    private static readonly string Fixture = TestPaths.ListFixture("opensanctions-targets.simple.csv");
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Read_TruncatedInsideAQuotedField_ThrowsNamingTheRecordLine()
    {
        var text = File.ReadAllText(Fixture);
        var cut = text.IndexOf("It is part of the russian state corporation Rostec", StringComparison.Ordinal);
        var recordLine = text[..text.LastIndexOf("\n\"NK-28mqu8V3AzembAmAfehWPd\"", cut, StringComparison.Ordinal)].Count(c => c == '\n') + 2;

        var error = ReaderRun.Fails(new TargetsSimpleCsvReader(), Write("cut.csv", text[..cut]));

        Assert.Equal(recordLine, error.Line);
        Assert.Contains("still open at the end of the file", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TruncatedBetweenFields_ThrowsNamingTheRow()
    {
        var lines = File.ReadAllText(Fixture).Split('\n');
        var text = string.Join('\n', lines.Take(3)) + "\n" + lines[3][..lines[3].IndexOf(",\"\",", StringComparison.Ordinal)];

        var error = ReaderRun.Fails(new TargetsSimpleCsvReader(), Write("cut.csv", text));

        Assert.Equal(4, error.Line);
        Assert.Contains("the header 16", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_EmptyFileOrHeaderOnly_Throws()
    {
        var empty = ReaderRun.Fails(new TargetsSimpleCsvReader(), Write("empty.csv", ""));
        var header = ReaderRun.Fails(new TargetsSimpleCsvReader(), Write("header.csv", File.ReadLines(Fixture).First() + "\n"));

        Assert.Equal("empty.csv:1: the file is empty", empty.Message);
        Assert.Contains("no rows", header.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("opensanctions-entities.ftm.json")]
    [InlineData("ofac-sdn.csv")]
    public void Read_OtherFormat_ThrowsAtLineOne(string fixture)
    {
        var error = ReaderRun.Fails(new TargetsSimpleCsvReader(), TestPaths.ListFixture(fixture));

        Assert.Equal(1, error.Line);
        Assert.Contains("not an OpenSanctions targets.simple.csv", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_InvalidUtf8_ThrowsNamingTheLine()
    {
        var bytes = File.ReadAllBytes(Fixture);
        var third = IndexOfLine(bytes, 3);
        bytes[third + 5] = 0xFF;

        var error = ReaderRun.Fails(new TargetsSimpleCsvReader(), Write("bytes.csv", Encoding.UTF8.GetString(bytes), bytes));

        Assert.Equal(3, error.Line);
        Assert.Contains("UTF-8", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RecordOverTheLimit_ThrowsNamingItsFirstLine()
    {
        var lines = File.ReadAllText(Fixture);
        var huge = "\"x\",\"Person\",\"" + new string('a', ImportLimits.MaxRecordChars) + "\"" + string.Concat(Enumerable.Repeat(",\"\"", 13)) + "\n";
        var expectedLine = lines.Count(c => c == '\n') + 1;

        var error = ReaderRun.Fails(new TargetsSimpleCsvReader(), Write("huge.csv", lines + huge));

        Assert.Equal(expectedLine, error.Line);
        Assert.Contains("record is longer than", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DuplicateId_ThrowsNamingTheLineAfterMultiLineRecords()
    {
        var text = File.ReadAllText(Fixture);
        var firstRow = text.Split('\n')[1];
        var expectedLine = text.Count(c => c == '\n') + 1;

        var error = ReaderRun.Fails(new TargetsSimpleCsvReader(), Write("dup.csv", text + firstRow + "\n"));

        Assert.Equal(expectedLine, error.Line);
        Assert.Contains("duplicate id 'NK-24cf2zYe7LEKhr2zFck73j' (first on line 2)", error.Problem, StringComparison.Ordinal);
    }

    private static int IndexOfLine(byte[] bytes, int line)
    {
        var index = 0;
        for (var seen = 1; seen < line; seen++)
        {
            index = Array.IndexOf(bytes, (byte)'\n', index) + 1;
        }

        return index;
    }

    private string Write(string name, string text, byte[]? bytes = null)
    {
        var file = _temp.File(name);
        File.WriteAllBytes(file, bytes ?? Encoding.UTF8.GetBytes(text));
        return file;
    }
}
