using System.Text.RegularExpressions;
using Vetting.Testing;

namespace VettingService.Tests.Cli;

public sealed partial class ListsCommandTests : IDisposable
{
    private readonly TempDirectory _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task Help_Root_ExplainsEveryVerb()
    {
        var result = await CliRunner.RunAsync(_data.Path, "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("lists", result.Output, StringComparison.Ordinal);
        Assert.Contains("Run without a verb to start the service", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_Lists_ExplainsEverySubVerb()
    {
        var result = await CliRunner.RunAsync(_data.Path, "lists", "--help");

        foreach (var verb in new[] { "import", "show", "diff", "update", "activate" })
        {
            Assert.Contains(verb, result.Output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Import_FullOfacAndUnLists_ShowListsBothWithCounts()
    {
        var import = await CliRunner.RunAsync(_data.Path, "lists", "import",
            TestPaths.ListFixture("full/ofac-sdn.csv"), TestPaths.ListFixture("full/un-consolidated.xml"));
        var show = await CliRunner.RunAsync(_data.Path, "lists", "show");

        Assert.Equal(0, import.ExitCode);
        Assert.Equal("", import.Error);
        var sdnRows = File.ReadLines(TestPaths.ListFixture("full/ofac-sdn.csv")).Count(l => SdnRow().IsMatch(l));
        Assert.Matches($@"ofac-sdn\s+\S+\s+OfacCsv\s+{sdnRows}\s", show.Output);
        var un = File.ReadAllText(TestPaths.ListFixture("full/un-consolidated.xml"));
        var unRecords = Regex.Count(un, "<INDIVIDUAL>") + Regex.Count(un, "<ENTITY>");
        Assert.Matches($@"un-sc\s+\S+\s+UnXml\s+{unRecords}\s", show.Output);
    }

    [Fact]
    public async Task Import_BrokenFile_ExitsOneWithFileAndLineAndKeepsActive()
    {
        await CliRunner.RunAsync(_data.Path, "lists", "import", TestPaths.ListFixture("uk-sanctions.xml"));
        var before = await CliRunner.RunAsync(_data.Path, "lists", "show");
        var broken = _data.File("UK-Sanctions-List.xml");
        var text = File.ReadAllText(TestPaths.ListFixture("uk-sanctions.xml"));
        File.WriteAllText(broken, text[..(text.Length * 2 / 3)]);

        var result = await CliRunner.RunAsync(_data.Path, "lists", "import", broken);
        var after = await CliRunner.RunAsync(_data.Path, "lists", "show");

        Assert.Equal(1, result.ExitCode);
        Assert.Matches(@"error: UK-Sanctions-List\.xml:\d+", result.Error);
        Assert.Contains("active version is unchanged", result.Error, StringComparison.Ordinal);
        Assert.Equal(before.Output, after.Output);
    }

    [Fact]
    public async Task Diff_AfterSecondImport_ReportsAddedEntities()
    {
        var smaller = _data.File("uk-small.xml");
        var text = File.ReadAllText(TestPaths.ListFixture("uk-sanctions.xml"));
        var last = text.LastIndexOf("<Designation>", StringComparison.Ordinal);
        File.WriteAllText(smaller, text[..last] + "</Designations>");
        await CliRunner.RunAsync(_data.Path, "lists", "import", smaller);
        await CliRunner.RunAsync(_data.Path, "lists", "import", TestPaths.ListFixture("uk-sanctions.xml"));

        var diff = await CliRunner.RunAsync(_data.Path, "lists", "diff", "uk-fcdo");

        Assert.Equal(0, diff.ExitCode);
        Assert.Contains("1 added, 0 removed, 0 changed", diff.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Activate_UnknownVersion_ExitsOneWithHint()
    {
        var result = await CliRunner.RunAsync(_data.Path, "lists", "activate", "un-sc", "0042-20200101T000000Z");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("vetting lists show un-sc", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_NothingImported_SaysHowToStart()
    {
        var result = await CliRunner.RunAsync(_data.Path, "lists", "show");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("No watchlists imported yet", result.Output, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^\d+,""")]
    private static partial Regex SdnRow();
}
