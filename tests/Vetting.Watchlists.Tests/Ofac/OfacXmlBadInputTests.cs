using System.Text;
using Vetting.Testing;
using Vetting.Watchlists.Importing;
using Vetting.Watchlists.Ofac;
using static Vetting.Watchlists.Tests.Ofac.OfacTestData;

namespace Vetting.Watchlists.Tests.Ofac;

/// <summary>Hostile or broken input for both OFAC XML readers (classic <c>sdnList</c> and Enhanced <c>sanctionsData</c>).</summary>
public sealed class OfacXmlBadInputTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public static TheoryData<string> Formats => ["classic", "enhanced"];

    public void Dispose() => _temp.Dispose();

    [Theory]
    [MemberData(nameof(Formats))]
    public void Read_TruncatedFile_FailsNamingFileAndLine(string format)
    {
        var (reader, fixture, _) = Setup(format);
        var text = File.ReadAllText(fixture);
        var cut = text[..(text.Length / 2)];
        var file = Write("cut.xml", cut);

        var ex = AssertFormatError(() => ReadAll(reader, file), file, line: cut.Count(c => c == '\n') + 1);
        Assert.Contains("truncated", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Read_EmptyFile_Fails(string format)
    {
        var (reader, _, _) = Setup(format);
        var file = Write("empty.xml", "");

        var ex = AssertFormatError(() => ReadAll(reader, file), file);
        Assert.Contains("empty", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("classic", "ofac-cons-enhanced.xml")]
    [InlineData("classic", "un-consolidated.xml")]
    [InlineData("enhanced", "ofac-consolidated.xml")]
    [InlineData("enhanced", "ofac-sdn.csv")]
    public void Read_OtherFormat_FailsAsWrongFormat(string format, string otherFixture)
    {
        var (reader, _, _) = Setup(format);
        var other = TestPaths.ListFixture(otherFixture);

        AssertFormatError(() => ReadAll(reader, other), other, line: otherFixture.EndsWith(".csv", StringComparison.Ordinal) ? 1 : 2);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Read_InvalidUtf8_FailsAtItsLine(string format)
    {
        var (reader, fixture, record) = Setup(format);
        var text = File.ReadAllText(fixture);
        var at = text.IndexOf(record, StringComparison.Ordinal) + record.Length;
        var before = Encoding.UTF8.GetBytes(text[..at]);
        var file = _temp.File("bad.xml");
        File.WriteAllBytes(file, [.. before, 0xC3, 0x28, .. Encoding.UTF8.GetBytes(text[at..])]);

        var ex = AssertFormatError(() => ReadAll(reader, file), file, line: text[..at].Count(c => c == '\n') + 1);
        Assert.Contains("UTF-8", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Read_OversizedValue_FailsAtItsRecord(string format)
    {
        var (reader, fixture, record) = Setup(format);
        var text = File.ReadAllText(fixture);
        var at = RecordStart(format, text, record);
        var recordLine = text[..RecordStart(format, text, record)].Count(c => c == '\n') + 1;
        var huge = $"<remarks>{new string('x', ImportLimits.MaxRecordChars + 10)}</remarks>";
        var insertAt = text.IndexOf('\n', at) + 1;
        var file = Write("huge.xml", text[..insertAt] + huge + "\n" + text[insertAt..]);

        var ex = AssertFormatError(() => ReadAll(reader, file), file, recordLine);
        Assert.Contains("longer than", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Read_DuplicateId_Fails(string format)
    {
        var (reader, fixture, record) = Setup(format);
        var text = File.ReadAllText(fixture);
        var close = format == "classic" ? "</sdnEntry>" : "</entity>";
        var start = RecordStart(format, text, record);
        var end = text.IndexOf(close, start, StringComparison.Ordinal) + close.Length;
        var copy = text[start..end];
        var file = Write("dup.xml", text[..end] + "\n    " + copy + text[end..]);

        var ex = AssertFormatError(() => ReadAll(reader, file), file, line: text[..end].Count(c => c == '\n') + 2);
        Assert.Contains("duplicate", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ClassicEntryWithoutName_IsSkippedWithWarning()
    {
        var text = File.ReadAllText(ClassicXml);
        var file = Write("noname.xml", text.Replace("<lastName>HANIYA</lastName>\n    <sdnType>", "<sdnType>", StringComparison.Ordinal)
            .Replace("<firstName>Ismail Abdul Salah</firstName>", "", StringComparison.Ordinal));
        var context = new ImportContext();

        var entities = ReadAll(new OfacXmlReader(), file, context);

        Assert.Equal(27, entities.Count);
        Assert.Equal(1, context.SkippedRecords);
        Assert.Contains(context.Warnings, w => w.Message.Contains("9639", StringComparison.Ordinal) && w.Line == 7);
    }

    private static (IWatchlistReader Reader, string Fixture, string Record) Setup(string format) => format == "classic"
        ? (new OfacXmlReader(), ClassicXml, "<uid>17018</uid>")
        : (new OfacEnhancedXmlReader(), EnhancedXml, "<entity id=\"17018\">");

    /// <summary>Where the record element holding <paramref name="record"/> starts (its opening tag).</summary>
    private static int RecordStart(string format, string text, string record) =>
        text.LastIndexOf(format == "classic" ? "<sdnEntry>" : "<entity id=", text.IndexOf(record, StringComparison.Ordinal) + record.Length, StringComparison.Ordinal);

    private string Write(string name, string content)
    {
        var path = _temp.File(name);
        File.WriteAllText(path, content, new UTF8Encoding(false));
        return path;
    }
}
