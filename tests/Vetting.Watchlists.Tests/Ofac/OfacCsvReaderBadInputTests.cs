using System.Text;
using Vetting.Testing;
using Vetting.Watchlists.Importing;
using Vetting.Watchlists.Ofac;
using static Vetting.Watchlists.Tests.Ofac.OfacTestData;

namespace Vetting.Watchlists.Tests.Ofac;

public sealed class OfacCsvReaderBadInputTests : IDisposable
{
    private readonly OfacCsvReader _reader = new();
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Read_CutInsideQuotedField_FailsAtThatRecord()
    {
        var bytes = File.ReadAllBytes(Sdn);
        var row20 = RowStart(bytes, 20);
        var file = Write("cut.csv", bytes[..(row20 + 12)]); // inside the quoted SDN_Name of row 20

        var ex = AssertFormatError(() => ReadAll(_reader, file), file, line: 20);
        Assert.Contains("not closed", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_CutBetweenFields_FailsOnFieldCount()
    {
        var text = File.ReadAllText(Sdn, Encoding.Latin1);
        var cut = text[..text.IndexOf(",\"UKRAINE-EO13660\",", StringComparison.Ordinal)];
        var file = Write("cut.csv", Encoding.Latin1.GetBytes(cut));
        var line = cut.Count(c => c == '\n') + 1;

        var ex = AssertFormatError(() => ReadAll(_reader, file), file, line);
        Assert.Contains("expected 12 fields", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_CutAtRowBoundary_WarnsAboutMissingEndOfFileByte()
    {
        var bytes = File.ReadAllBytes(Sdn);
        var file = Write("cut.csv", bytes[..RowStart(bytes, 11)]);
        var context = new ImportContext();

        var entities = ReadAll(_reader, file, context);

        Assert.Equal(10, entities.Count);
        Assert.Contains(context.Warnings, w => w.Message.Contains("DOS end-of-file", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { 0x1A })]
    [InlineData(new byte[] { 0x0D, 0x0A, 0x1A })]
    public void Read_EmptyFile_Fails(byte[] content)
    {
        var file = Write("empty.csv", content);

        var ex = AssertFormatError(() => ReadAll(_reader, file), file);
        Assert.Contains("empty", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_XmlFile_FailsAsWrongFormatOnLineOne()
    {
        AssertFormatError(() => ReadAll(_reader, ClassicXml), ClassicXml, line: 1);
        AssertFormatError(() => ReadAll(_reader, TestPaths.ListFixture("un-consolidated.xml")), "un-consolidated.xml", line: 1);
    }

    [Fact]
    public void Read_AliasFileAsMainFile_FailsOnFieldCount()
    {
        var ex = AssertFormatError(() => ReadAll(_reader, Alt), Alt, line: 1);
        Assert.Contains("expected 12 fields of SDN.CSV, found 5", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData((byte)0x00)]
    [InlineData((byte)0x81)]
    [InlineData((byte)0x1A)]
    public void Read_InvalidByte_FailsAtItsLine(byte invalid)
    {
        var bytes = File.ReadAllBytes(Sdn).ToList();
        bytes.Insert(RowStart([.. bytes], 3) + 8, invalid);
        var file = Write("bad.csv", [.. bytes]);

        AssertFormatError(() => ReadAll(_reader, file), file, line: 3);
    }

    [Fact]
    public void Read_OversizedRecord_FailsBeforeReadingItWhole()
    {
        var huge = new string('A', ImportLimits.MaxRecordChars + 10);
        var text = File.ReadAllText(Sdn, Encoding.Latin1).TrimEnd('\u001A') + $"99999,\"{huge}\",-0- ,\"SDGT\"\r\n";
        var file = Write("huge.csv", Encoding.Latin1.GetBytes(text));

        var ex = AssertFormatError(() => ReadAll(_reader, file), file, line: 38);
        Assert.Contains("longer than", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DuplicateEntNum_Fails()
    {
        var rows = RawRows(Sdn);
        var file = Write("dup.csv", Encoding.Latin1.GetBytes(string.Join("\r\n", rows.Append(rows[4])) + "\r\n\u001A"));

        var ex = AssertFormatError(() => ReadAll(_reader, file), file, line: 38);
        Assert.Contains("duplicate", ex.Message, StringComparison.Ordinal);
        Assert.Contains(rows[4].Split(',')[0], ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RowWithoutName_IsSkippedWithWarning()
    {
        var file = Write("noname.csv", Encoding.Latin1.GetBytes("1,-0- ,-0- ,\"SDGT\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n" +
            "2,\"ACME\",-0- ,\"SDGT\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n\u001A"));
        var context = new ImportContext();

        var entities = ReadAll(_reader, file, context);

        Assert.Equal(["ofac-sdn:2"], entities.Select(e => e.Id));
        Assert.Equal(1, context.SkippedRecords);
        Assert.Contains(context.Warnings, w => w.Line == 1 && w.Message.Contains("no name", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_QuotedFieldWithCommasQuotesAndLineBreak_KeepsItWhole()
    {
        var file = Write("quoted.csv", Encoding.Latin1.GetBytes(
            "7,\"SMITH, John \"\"Jack\"\"\",\"individual\",\"SDGT\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"DOB 1970;\r\nPOB Caf\u00e9, France.\"\r\n\u001A"));

        var entity = Assert.Single(ReadAll(_reader, file));

        Assert.Equal(("SMITH, John \"Jack\"", "SMITH", "John"), (entity.PrimaryName.Full, entity.PrimaryName.Family, entity.PrimaryName.Given));
        Assert.Equal(("Caf\u00e9, France", "FR"), (entity.BirthPlaces[0].Raw, entity.BirthPlaces[0].Code));
    }

    [Fact]
    public void Read_WithoutCompanionFiles_WarnsAndKeepsRemarkAliases()
    {
        var context = new ImportContext();

        var entities = ReadAll(_reader, Sdn, context);

        Assert.Equal(37, entities.Count);
        Assert.Equal(3, context.Warnings.Count(w => w.Message.Contains("not supplied", StringComparison.Ordinal)));
        Assert.All(entities.SelectMany(e => e.Aliases), a => Assert.Equal(Core.Watchlists.AliasQuality.Weak, a.Quality));
        Assert.EndsWith("PROMO RAI\"", RawRows(Sdn).Single(r => r.StartsWith("12300,", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.EndsWith("Linked To: PROMO RAI", entities.Entity("ofac-sdn:12300").Remarks, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_CompanionRowsForUnknownEntries_AreReportedAsOrphans()
    {
        var alt = Write("alt.csv", Encoding.Latin1.GetBytes("424242,1,\"aka\",\"NOBODY\",-0- \r\n\u001A"));
        var context = new ImportContext();

        ReadAll(_reader, new WatchlistInput(Sdn, new Dictionary<string, string> { ["alt"] = alt }), context);

        Assert.Contains(context.Warnings, w => w.Message.StartsWith("1 ent_num(s) with aliases", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_BrokenCompanionFile_FailsNamingIt()
    {
        var alt = Write("broken-alt.csv", Encoding.Latin1.GetBytes("16642,25239,\"aka\",\"AKSYONOV\"\r\n\u001A"));

        AssertFormatError(() => ReadAll(_reader, new WatchlistInput(Sdn, new Dictionary<string, string> { ["alt"] = alt })), alt, line: 1);
    }

    [Fact]
    public void Read_Cancelled_Throws()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => _reader.Read(CsvExcerpt(), new ImportContext(), cancelled.Token).ToList());
    }

    private string Write(string name, byte[] content)
    {
        var path = _temp.File(name);
        File.WriteAllBytes(path, content);
        return path;
    }

    /// <summary>Byte offset where 1-based row <paramref name="row"/> starts (rows end CRLF).</summary>
    private static int RowStart(byte[] bytes, int row)
    {
        var offset = 0;
        for (var i = 1; i < row; i++)
        {
            offset = Array.IndexOf(bytes, (byte)'\n', offset) + 1;
        }

        return offset;
    }
}
