using Vetting.Testing;

namespace Vetting.Connectors.FileImport.Tests.Reading;

/// <summary>Registrant exports as people make them: every data row comes back, screenable or with its reason.</summary>
public sealed class RegistrantCsvReaderTests : IDisposable
{
    private const int MaxField = 300;
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Read_ZoomReportWithSemicolonsAndBom_MapsZoomHeaders()
    {
        var path = CsvFile.Write(_folder, "First Name;Last Name;Email;Organization;Job Title;Country/Region\r\nLenur;Seitablaiev;lenur@example.org;\"Resource Center; Kyiv\";Analyst;UA\r\n", byteOrderMark: true);

        var row = Assert.Single(RegistrantCsvReader.Read(path, MaxField));

        Assert.Null(row.Problem);
        Assert.Equal(("Lenur", "Seitablaiev", "lenur@example.org", "Resource Center; Kyiv", "Analyst", "UA"),
            (row.FirstName, row.LastName, row.Email, row.Organization, row.JobTitle, row.Country));
        Assert.Equal("1", row.Id);
    }

    [Fact]
    public void Read_PersianNameWithZeroWidthNonJoiner_KeepsIt()
    {
        const string given = "علی\u200Cرضا";
        const string family = "محمدی\u200Cنژاد";
        var path = CsvFile.Write(_folder, $"id,first_name,last_name\nr1,{given},{family}\n");

        var row = Assert.Single(RegistrantCsvReader.Read(path, MaxField));

        Assert.Equal((given, family), (row.FirstName, row.LastName));
        Assert.Empty(row.Notes);
    }

    [Fact]
    public void Read_DirectionOverrideAndControlCharacters_RemovedAndNoted()
    {
        var path = CsvFile.Write(_folder, "id,first_name,last_name\nr1,\u202EIvan\u0007,Pet\u200Brov\n");

        var row = Assert.Single(RegistrantCsvReader.Read(path, MaxField));

        Assert.Equal(("Ivan", "Petrov"), (row.FirstName, row.LastName));
        Assert.Equal(2, row.Notes.Count);
    }

    [Fact]
    public void Read_GenuineReplacementCharacterInFile_KeptAsText()
    {
        var path = CsvFile.Write(_folder, "id,first_name,last_name\nr1,J\uFFFDrg,M\u00FCller\n");

        var row = Assert.Single(RegistrantCsvReader.Read(path, MaxField));

        Assert.Null(row.Problem);
        Assert.Equal("J\uFFFDrg", row.FirstName);
    }

    [Fact]
    public void Read_InvalidUtf8InOneRow_OnlyThatRowRefusedByNumber()
    {
        var text = "id,first_name,last_name,organization\n"
                   + "r1,Anna,Becker,\"Nordhafen\nShipping\"\n"
                   + "r2,J{{BAD}}rg,Weber,\n"
                   + "r3,Olena,Hrytsenko,\n";
        var path = CsvFile.WriteBytes(_folder, CsvFile.WithRawBytes(text, 0xFC)); // Latin-1 'ü' inside UTF-8

        var rows = RegistrantCsvReader.Read(path, MaxField).ToList();

        Assert.Equal(3, rows.Count);
        Assert.Equal(("r1", null), (rows[0].Id, rows[0].Problem));
        Assert.Equal("Nordhafen Shipping", rows[0].Organization);
        Assert.Equal((2, "r2"), (rows[1].Row, rows[1].Id));
        Assert.Contains("invalid UTF-8", rows[1].Problem, StringComparison.Ordinal);
        Assert.Equal(4, rows[1].Line);
        Assert.Equal(("r3", null, "Olena"), (rows[2].Id, rows[2].Problem, rows[2].FirstName));
    }

    [Fact]
    public void Read_TruncatedMultiByteSequenceAtEnd_LastRowRefused()
    {
        var path = CsvFile.WriteBytes(_folder, CsvFile.WithRawBytes("id,first_name,last_name\nr1,Anna,Becker\nr2,Olena,Hrytsenk{{BAD}}", 0xD0));

        var rows = RegistrantCsvReader.Read(path, MaxField).ToList();

        Assert.Null(rows[0].Problem);
        Assert.NotNull(rows[1].Problem);
    }

    [Fact]
    public void Read_InvalidUtf8InHeader_ThrowsNamingLineOne()
    {
        var path = CsvFile.WriteBytes(_folder, CsvFile.WithRawBytes("id,first_name,last{{BAD}}name\nr1,Anna,Becker\n", 0xFF));

        var error = Assert.Throws<InvalidDataException>(() => RegistrantCsvReader.Read(path, MaxField).ToList());

        Assert.Contains(":1:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_OversizedFieldAndEmptyRow_ComeBackWithTheirReasons()
    {
        var path = CsvFile.Write(_folder, $"id,first_name,last_name,email\nr1,{new string('A', 5000)},Petrov,\nr2,,,\nr3,Anna,Becker,\n");

        var rows = RegistrantCsvReader.Read(path, MaxField).ToList();

        Assert.Contains("5000 characters", rows[0].Problem, StringComparison.Ordinal);
        Assert.Contains("no name", rows[1].Problem, StringComparison.Ordinal);
        Assert.Null(rows[2].Problem);
    }

    [Fact]
    public void Read_FormulaInName_KeptAsInertText()
    {
        var path = CsvFile.Write(_folder, "id,first_name,last_name\nr1,\"=HYPERLINK(\"\"http://x\"\")\",<script>alert(1)</script>\n");

        var row = Assert.Single(RegistrantCsvReader.Read(path, MaxField));

        Assert.Equal(("=HYPERLINK(\"http://x\")", "<script>alert(1)</script>"), (row.FirstName, row.LastName));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n  \n")]
    [InlineData("name,phone\nIvan,123\n")]
    public void Read_NoUsableContent_Throws(string text)
    {
        var path = CsvFile.Write(_folder, text);

        Assert.Throws<InvalidDataException>(() => RegistrantCsvReader.Read(path, MaxField).ToList());
    }

    [Fact]
    public void Read_MissingFile_Throws()
    {
        Assert.Throws<InvalidDataException>(() => RegistrantCsvReader.Read(_folder.File("absent.csv"), MaxField).ToList());
    }
}
