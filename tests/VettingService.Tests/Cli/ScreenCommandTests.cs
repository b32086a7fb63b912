using System.Text;
using System.Text.Json;
using Vetting.Testing;

namespace VettingService.Tests.Cli;

/// <summary>The <c>screen</c> verb's contract (issue 3) and its handling of hostile registrant files.</summary>
public sealed class ScreenCommandTests : IDisposable
{
    private const string Header = "id,first_name,last_name,email,organization,job_title,country\n";
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Screen_ListedOfficialInUkrainianSpelling_IsFlaggedWithEntityAndExplanation()
    {
        var result = await ScreenAsync(Header + "r1,Sergei,Aksenov,,,,\nr2,Jane,Doe,,,,\n");

        Assert.Equal(0, result.ExitCode);
        var lines = JsonLines(result.Output);
        Assert.Equal(["r1", "r2"], lines.Select(l => l.GetProperty("registrant").GetString()));
        Assert.NotEqual("clear", lines[0].GetProperty("decision").GetString());
        var match = lines[0].GetProperty("matches")[0];
        Assert.StartsWith("ofac-sdn:", match.GetProperty("entity").GetString(), StringComparison.Ordinal);
        Assert.Equal("ofac-sdn", match.GetProperty("source").GetString());
        Assert.Contains("AKSENOV", match.GetProperty("explanation").GetString(), StringComparison.Ordinal);
        Assert.Equal("clear", lines[1].GetProperty("decision").GetString());
        Assert.Equal(0, lines[1].GetProperty("matches").GetArrayLength());
    }

    [Fact]
    public async Task Screen_ZoomReportHeadersSemicolonsAndByteOrderMark_AreRead()
    {
        var csv = "\uFEFFFirst Name;Last Name;Email;Organization;Job Title;Country/Region\nSergei;Aksenov;;;;\nJane;Doe;;;;\n";

        var result = await ScreenAsync(csv);

        var lines = JsonLines(result.Output);
        Assert.Equal(["1", "2"], lines.Select(l => l.GetProperty("registrant").GetString()));
        Assert.NotEqual("clear", lines[0].GetProperty("decision").GetString());
    }

    [Fact]
    public async Task Screen_QuotedLineBreakInAField_KeepsRowsAligned()
    {
        var result = await ScreenAsync(Header + "r1,Jane,Doe,,\"Line one\nline two\",,\nr2,Sergei,Aksenov,,,,\n");

        var lines = JsonLines(result.Output);
        Assert.Equal(["r1", "r2"], lines.Select(l => l.GetProperty("registrant").GetString()));
        Assert.NotEqual("clear", lines[1].GetProperty("decision").GetString());
    }

    [Fact]
    public async Task Screen_EmptyAndOversizedRows_AreRejectedByRowNumberAndExitCodeSaysSo()
    {
        var huge = new string('A', 1024 * 1024);
        var result = await ScreenAsync(Header + "r1,,,,,,\nr2," + huge + ",Doe,,,,\nr3,Jane,Doe,,,,\n");

        Assert.Equal(1, result.ExitCode);
        var lines = JsonLines(result.Output);
        Assert.Equal(3, lines.Count);
        Assert.StartsWith("row 1 ", lines[0].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Contains("1048576 characters", lines[1].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal("clear", lines[2].GetProperty("decision").GetString());
        Assert.Contains("rejected: row 1", result.Error, StringComparison.Ordinal);
        Assert.Contains("rejected: row 2", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Screen_InvalidUtf8InOneRow_RejectsThatRowOnly()
    {
        var bytes = Encoding.UTF8.GetBytes(Header + "r1,Jane,Doe,,,,\nr2,Xx,Yy,,,,\nr3,Sergei,Aksenov,,,,\n").ToList();
        var at = bytes.IndexOf((byte)'X');
        bytes[at] = 0xC3;
        bytes[at + 1] = 0x28;

        var result = await ScreenAsync(bytes.ToArray());

        var lines = JsonLines(result.Output);
        Assert.Equal(3, lines.Count);
        Assert.Contains("invalid UTF-8", lines[1].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.NotEqual("clear", lines[2].GetProperty("decision").GetString());
        Assert.Equal(1, result.ExitCode);
    }

    [Fact]
    public async Task Screen_BidiOverrideAndControlCharactersInsideAListedName_AreRemovedAndStillMatch()
    {
        var result = await ScreenAsync(Header + "r1,Ser\u202Egei,Aks\u0007enov,,,,\n");

        var line = Assert.Single(JsonLines(result.Output));
        Assert.NotEqual("clear", line.GetProperty("decision").GetString());
        Assert.Contains("note: row 1", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Screen_CsvOutput_DefusesFormulaInjection()
    {
        var result = await ScreenAsync(Header + "=HYPERLINK(\"http://x\"),Jane,Doe,,,,\n", "--format", "csv");

        var row = result.Output.Split('\n')[1];
        Assert.StartsWith("\"'=HYPERLINK(\"\"http://x\"\")\"", row, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Screen_ListPathThatDoesNotExist_ExitsTwoNamingIt()
    {
        var registrants = _temp.File("r.csv");
        await File.WriteAllTextAsync(registrants, Header + "r1,Jane,Doe,,,,\n", TestContext.Current.CancellationToken);

        var result = await CliRunner.RunAsync(_temp.Path, "screen", "--list", "/no/such/list.xml", "--registrants", registrants);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("list.xml: no such file or folder", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Screen_Stats_ReportsIndexAndThroughputOnStandardError()
    {
        var result = await ScreenAsync(Header + "r1,Jane,Doe,,,,\n", "--stats");

        Assert.Matches(@"stats: \d+ entities, \d+ names indexed; index build [\d.]+ s; screening [\d.]+ s for 1 registrants", result.Error);
    }

    [Fact]
    public async Task Screen_OutputFile_ReceivesTheResults()
    {
        var output = _temp.File("out.jsonl");

        var result = await ScreenAsync(Header + "r1,Jane,Doe,,,,\n", "--output", output);

        Assert.Equal("", result.Output);
        Assert.Single(JsonLines(await File.ReadAllTextAsync(output, TestContext.Current.CancellationToken)));
    }

    private Task<CliResult> ScreenAsync(string csv, params string[] extra) => ScreenAsync(Encoding.UTF8.GetBytes(csv), extra);

    private async Task<CliResult> ScreenAsync(byte[] csv, params string[] extra)
    {
        var registrants = _temp.File($"registrants-{Guid.NewGuid():N}.csv");
        await File.WriteAllBytesAsync(registrants, csv, TestContext.Current.CancellationToken);
        return await CliRunner.RunAsync(_temp.Path,
            ["screen", "--list", TestPaths.ListFixture("ofac-sdn.csv"), "--list", TestPaths.ListFixture("un-consolidated.xml"), "--registrants", registrants, .. extra]);
    }

    private static List<JsonElement> JsonLines(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();
}
