using System.Text;
using Vetting.Testing;
using Vetting.Watchlists.Importing;
using Vetting.Watchlists.OpenSanctions;

namespace Vetting.Watchlists.Tests.OpenSanctions;

public sealed class FtmJsonReaderBadInputTests : IDisposable
{
    private static readonly string Fixture = TestPaths.ListFixture("opensanctions-entities.ftm.json");
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Read_TruncatedInTheMiddleOfALine_ThrowsNamingThatLine()
    {
        var bytes = File.ReadAllBytes(Fixture);
        var cut = bytes.Length / 2;
        var expectedLine = bytes.AsSpan(0, cut).Count((byte)'\n') + 1;
        var file = Write("entities.ftm.json", bytes[..cut]);

        var error = ReaderRun.Fails(new FtmJsonReader(), file);

        Assert.Equal(expectedLine, error.Line);
        Assert.StartsWith($"entities.ftm.json:{expectedLine}:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_EmptyOrBlankFile_Throws()
    {
        var empty = ReaderRun.Fails(new FtmJsonReader(), Write("empty.json", []));
        var blank = ReaderRun.Fails(new FtmJsonReader(), Write("blank.json", "\n  \n"u8.ToArray()));

        Assert.Contains("empty", empty.Message, StringComparison.Ordinal);
        Assert.Contains("blank.json", blank.Message, StringComparison.Ordinal);
        Assert.Contains("empty", blank.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ofac-sdn.csv")]
    [InlineData("uk-sanctions.xml")]
    public void Read_OtherFormat_ThrowsAtLineOne(string fixture)
    {
        var error = ReaderRun.Fails(new FtmJsonReader(), TestPaths.ListFixture(fixture));

        Assert.Equal(1, error.Line);
        Assert.StartsWith(fixture + ":1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_JsonThatIsNotAnEntity_ThrowsNamingTheLine()
    {
        var file = Write("x.json", Encoding.UTF8.GetBytes(File.ReadLines(Fixture).First() + "\n{\"caption\": \"no id\"}\n"));

        var error = ReaderRun.Fails(new FtmJsonReader(), file);

        Assert.Equal(2, error.Line);
        Assert.Contains("no \"id\"", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_InvalidUtf8_ThrowsNamingTheLine()
    {
        var lines = File.ReadAllLines(Fixture).Take(5).Select(Encoding.UTF8.GetBytes).ToList();
        lines[2] = [.. lines[2][..40], 0xC3, 0x28, .. lines[2][40..]];
        var file = Write("bad-bytes.json", [.. lines.SelectMany(l => l.Append((byte)'\n'))]);

        var error = ReaderRun.Fails(new FtmJsonReader(), file);

        Assert.Equal(3, error.Line);
        Assert.Contains("UTF-8", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_LineOverTheLimit_ThrowsNamingTheLine()
    {
        var huge = "{\"id\": \"x\", \"schema\": \"Person\", \"properties\": {\"notes\": [\"" + new string('a', ImportLimits.MaxRecordChars) + "\"]}}";
        var file = Write("huge.json", Encoding.UTF8.GetBytes(File.ReadLines(Fixture).First() + "\n" + huge + "\n"));

        var error = ReaderRun.Fails(new FtmJsonReader(), file);

        Assert.Equal(2, error.Line);
        Assert.Contains($"longer than {ImportLimits.MaxRecordChars}", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DuplicateTargetId_ThrowsNamingBothLines()
    {
        var lines = File.ReadAllLines(Fixture).ToList();
        var file = Write("dup.json", Encoding.UTF8.GetBytes(string.Join('\n', lines.Append(lines[2])) + "\n"));

        var error = ReaderRun.Fails(new FtmJsonReader(), file);

        Assert.Equal(lines.Count + 1, error.Line);
        Assert.Contains("duplicate id 'NK-DQ98GPMgdVH8DSZd8g9Xtc' (first on line 3)", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_OnlyHelperRecords_Throws()
    {
        var helpers = File.ReadLines(Fixture).Where(l => l.Contains("\"schema\": \"Sanction\"", StringComparison.Ordinal));
        var file = Write("helpers.json", Encoding.UTF8.GetBytes(string.Join('\n', helpers)));

        var error = ReaderRun.Fails(new FtmJsonReader(), file);

        Assert.Contains("none of the 15 entities", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TargetWithoutNameAndDanglingReferences_IsSkippedWithWarningOthersKept()
    {
        var file = Write("partial.json", Encoding.UTF8.GetBytes("""
            {"id": "s1", "schema": "Sanction", "properties": {"entity": ["gone"], "programId": ["X"]}, "target": false}
            {"id": "p1", "schema": "Person", "properties": {"addressEntity": ["addr-gone"]}}
            {"schema": "Vessel", "id": "v1", "caption": "SEA STAR", "properties": {"imoNumber": ["IMO1234567"], "flag": ["pa"]}}
            """));
        var context = new ImportContext();

        var entity = Assert.Single(ReaderRun.All(new FtmJsonReader(), file, context));

        Assert.Equal(("opensanctions:default:v1", "IMO1234567", "PA"),
            (entity.Id, Assert.Single(entity.Identifiers).Value, Assert.Single(entity.Nationalities).Code));
        var warning = Assert.Single(context.Warnings);
        Assert.Equal((2L, "entity p1: no name"), (warning.Line, warning.Message));
    }

    [Fact]
    public void Read_CancelledToken_Throws()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() =>
            new FtmJsonReader().Read(WatchlistInput.OneFile(Fixture), new ImportContext(), cancelled.Token).ToList());
    }

    private string Write(string name, byte[] bytes)
    {
        var file = _temp.File(name);
        File.WriteAllBytes(file, bytes);
        return file;
    }
}
