using System.Text;
using Vetting.Watchlists.Curated;
using Vetting.Watchlists.Importing;
using Vetting.Watchlists.Tests.OpenSanctions;

namespace Vetting.Watchlists.Tests.Curated;

/// <summary>Curated files that are not a valid YAML list at all: syntax, encoding, size, shape, anchors, nesting.</summary>
public sealed class CuratedListReaderBadDocumentTests : IDisposable
{
    private static readonly string[] Valid = CuratedFiles.ValidEntry;
    private readonly CuratedFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Theory]
    [InlineData("entries:\n  - id: a\n    kind: person\n   names: x\n", 4)]
    [InlineData("entries:\n  - id: \"unclosed\n    kind: person\n", 2)]
    [InlineData("entries:\n  - id: a\n    kind: person\n    aliases: [a, b\n    reason: x\n", 4)]
    [InlineData("entries:\n  - id: a\n    kind: person\n    kind: domain\n", 4)]
    public void Read_InvalidYaml_ThrowsNamingTheLine(string yaml, int line)
    {
        var error = Fail(yaml);

        Assert.Equal(line, error.Line);
        Assert.StartsWith("not valid YAML", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_AnchorsAndAliases_AreRefusedAtTheirLine()
    {
        var error = Fail(string.Join('\n', Valid.Select(l => l.Replace("- https://example.org/petrov", "- &u https://example.org/petrov", StringComparison.Ordinal))));

        Assert.Equal((7L, "anchors and aliases (& and *) are not allowed in a curated list"), (error.Line, error.Problem));
    }

    [Theory]
    [InlineData("", 1, "the file is empty")]
    [InlineData("# only a comment\n", 1, "the file is empty")]
    [InlineData("entries: []\n", 1, "'entries' must be a list with at least one entry")]
    [InlineData("- id: a\n", 1, "a curated list starts with 'list:' and 'entries:' (see watchlists/README.md)")]
    [InlineData("list:\n  title: x\n  owner: y\nentries: []\n", 3, "unknown field 'owner' (known fields: title, description, updated_on)")]
    [InlineData("entries:\n  - id: a\n---\nentries: []\n", 4, "more than one YAML document ('---'): one list per file")]
    public void Read_WrongDocumentShape_ThrowsNamingTheLine(string yaml, int line, string problem)
    {
        var error = Fail(yaml);

        Assert.Equal((line, problem), (error.Line, error.Problem.Split('\n')[0]));
    }

    [Fact]
    public void Read_DeepNesting_IsRefusedBeforeItIsBuilt()
    {
        var error = Fail("entries:\n  - id: a\n    aliases: " + new string('[', 100_000) + "\n");

        Assert.Equal((3L, "nested more than 32 levels deep"), (error.Line, error.Problem));
    }

    [Fact]
    public void Read_InvalidUtf8_ThrowsNamingTheLine()
    {
        var bytes = Encoding.UTF8.GetBytes(string.Join('\n', Valid)).ToList();
        bytes.Insert(Encoding.UTF8.GetByteCount(string.Join('\n', Valid.Take(4)) + "\n      en: Iv"), 0xFF);
        var file = _files.Path("bytes.yaml");
        File.WriteAllBytes(file, [.. bytes]);

        var error = ReaderRun.Fails(new CuratedListReader(), file);

        Assert.Equal((5L, "invalid UTF-8 byte sequence"), (error.Line, error.Problem));
    }

    [Fact]
    public void Read_SeveralProblems_ListsThemAllInLineOrder()
    {
        var lines = Valid.ToArray();
        lines[2] = "    kind: official";
        lines[10] = "    confidence: sure";

        var error = Fail(string.Join('\n', lines));

        Assert.Equal(3, error.Line);
        Assert.Contains("\nentries.yaml:11: unknown confidence", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_FileOverTheSizeLimit_Throws()
    {
        var file = _files.Path("big.yaml");
        File.WriteAllText(file, "# " + new string('x', CuratedYamlLoader.MaxFileBytes));

        var error = ReaderRun.Fails(new CuratedListReader(), file);

        Assert.Contains("larger than", error.Problem, StringComparison.Ordinal);
    }

    private WatchlistFormatException Fail(string yaml) => _files.Fail(yaml);
}
