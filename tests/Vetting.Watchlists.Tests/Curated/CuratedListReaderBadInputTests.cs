using Vetting.Watchlists.Curated;
using Vetting.Watchlists.Importing;
using Vetting.Watchlists.Tests.OpenSanctions;

namespace Vetting.Watchlists.Tests.Curated;

/// <summary>Every field rule of the curated format, each asserting the exact line of the problem.</summary>
public sealed class CuratedListReaderBadInputTests : IDisposable
{
    private static readonly string[] Valid = CuratedFiles.ValidEntry;
    private readonly CuratedFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Read_ValidTemplate_Reads()
    {
        var entity = Assert.Single(ReaderRun.All(new CuratedListReader(), Write(string.Join('\n', Valid))));

        Assert.Equal("vetting-curated:ivan-petrov", entity.Id);
    }

    [Theory]
    [InlineData(5, "      en: \"\"", 5, "empty name in 'names'")]
    [InlineData(5, "      english: Ivan PETROV", 5, "a key of 'names' must be a two- or three-letter language code (en, ru, uk...)")]
    [InlineData(3, "    kind: official", 3, "unknown kind: use person, organisation, front-organisation or domain")]
    [InlineData(7, "      - www.example.org/petrov", 7, "'sources' item is not an http(s) URL")]
    [InlineData(7, "      - ftp://example.org/petrov", 7, "'sources' item is not an http(s) URL")]
    [InlineData(8, "    added_on: 28.11.2026", 8, "'added_on' must be a date written YYYY-MM-DD")]
    [InlineData(8, "    added_on: 2026-02-30", 8, "'added_on' must be a date written YYYY-MM-DD")]
    [InlineData(11, "    confidence: certain", 11, "unknown confidence: use high, medium or low")]
    [InlineData(10, "    reason: \"  \"", 10, "entry 'ivan-petrov': 'reason' is empty")]
    [InlineData(2, "  - id: Ivan_Petrov", 2, "'id' must be a slug: lower-case letters and digits in words joined by '-', at most 80 characters")]
    [InlineData(6, "    sources: https://example.org/petrov", 6, "'sources' must be a list (one '- item' per line)")]
    [InlineData(9, "    aliases: [Vanya, \"\"]", 9, "empty item in 'aliases'")]
    [InlineData(9, "    aliases: Vanya", 9, "'aliases' must be a list (one '- item' per line)")]
    public void Read_OneBadLine_ThrowsNamingThatLine(int replace, string with, int expectedLine, string expectedProblem)
    {
        var lines = Valid.ToArray();
        lines[replace - 1] = with;
        if (with.Contains("aliases", StringComparison.Ordinal))
        {
            lines = [.. Valid[..8], with, .. Valid[8..]];
        }

        var error = Fail(string.Join('\n', lines));

        Assert.Equal(expectedLine, error.Line);
        Assert.StartsWith(expectedProblem, error.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2, "id")]
    [InlineData(3, "kind")]
    [InlineData(8, "added_on")]
    [InlineData(9, "added_by")]
    [InlineData(10, "reason")]
    [InlineData(11, "confidence")]
    public void Read_MissingRequiredField_ThrowsAtTheEntryLine(int remove, string field)
    {
        var lines = Valid.Where((_, i) => i != remove - 1).ToList();
        if (remove == 2)
        {
            lines[1] = "  - " + lines[1].TrimStart();
        }

        var error = Fail(string.Join('\n', lines));

        Assert.Equal(2, error.Line);
        Assert.EndsWith($": missing '{field}'", error.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(6, "entry 'ivan-petrov': missing 'sources'")]
    [InlineData(4, "entry 'ivan-petrov': a person needs at least one name under 'names'")]
    public void Read_MissingListField_ThrowsAtTheEntryLine(int removeLineAndNext, string problem)
    {
        var error = Fail(string.Join('\n', Valid.Where((_, i) => i != removeLineAndNext - 1 && i != removeLineAndNext)));

        Assert.Equal((2L, problem), (error.Line, error.Problem));
    }

    [Fact]
    public void Read_EmptyNames_ThrowsAtTheNamesLine()
    {
        var lines = Valid.Where((_, i) => i != 4).Select(l => l == "    names:" ? "    names: {}" : l);

        var error = Fail(string.Join('\n', lines));

        Assert.Equal((4L, "entry 'ivan-petrov': a person needs at least one name under 'names'"), (error.Line, error.Problem));
    }

    [Fact]
    public void Read_MisspeltRequiredField_IsReportedOnceAsTheTypo()
    {
        var error = Fail(string.Join('\n', Valid.Select(l => l == "    sources:" ? "    soruces:" : l)));

        Assert.Equal((6L, "unknown field 'soruces' (did you mean 'sources'?)"), (error.Line, error.Problem));
    }

    [Fact]
    public void Read_DuplicateId_ThrowsAtTheSecondIdNamingTheFirst()
    {
        var error = Fail(string.Join('\n', Valid.Concat(Valid.Skip(1))));

        Assert.Equal((12L, "duplicate id 'ivan-petrov' (first on line 2)"), (error.Line, error.Problem));
    }

    [Theory]
    [InlineData("https://rk.gov.ru")]
    [InlineData("info@rk.gov.ru")]
    [InlineData("localhost")]
    [InlineData("rk..gov.ru")]
    [InlineData("-rk.gov.ru")]
    [InlineData("rk.gov.ru:8080")]
    [InlineData("10.0.0.1")]
    public void Read_InvalidDomain_ThrowsNamingItsLine(string domain)
    {
        var error = Fail($"""
            entries:
              - id: rk-gov-ru
                kind: domain
                domains:
                  - "crimea.gov.ru"
                  - "{domain}"
                sources: [https://example.org/rk]
                added_on: 2026-11-28
                added_by: Vetting team
                reason: Test.
                confidence: low
            """);

        Assert.Equal(6, error.Line);
        Assert.StartsWith("invalid domain in 'domains'", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DomainsOnPersonOrPositionsOnOrganisation_AreRefused()
    {
        var person = Fail(string.Join('\n', Valid.Append("    domains: [example.org]")));
        var organisation = Fail(string.Join('\n', Valid.Select(l => l.Replace("kind: person", "kind: organisation", StringComparison.Ordinal))
            .Append("    positions: [Head]")));

        Assert.Equal((12L, "'domains' are for organisations and domain entries, not persons"), (person.Line, person.Problem));
        Assert.Equal((12L, "'positions' are for persons only"), (organisation.Line, organisation.Problem));
    }

    private WatchlistFormatException Fail(string yaml) => _files.Fail(yaml);

    private string Write(string yaml) => _files.Write(yaml);
}
