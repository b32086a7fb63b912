using System.Text.RegularExpressions;
using Vetting.Core.Watchlists;
using Vetting.Testing;
using Vetting.Watchlists.Curated;
using Vetting.Watchlists.Importing;
using Vetting.Watchlists.Tests.OpenSanctions;

namespace Vetting.Watchlists.Tests.Curated;

public sealed partial class CuratedListReaderTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Read_ReadmeExample_MapsEveryKind()
    {
        var context = new ImportContext();

        var entities = ReaderRun.All(new CuratedListReader(), ReadmeExample(), context);

        Assert.Equal(
            ["vetting-curated:state-council-of-the-republic-of-crimea", "vetting-curated:vladimir-andreevich-konstantinov",
             "vetting-curated:russian-community-of-crimea", "vetting-curated:domain-rk-gov-ru-and-subdomains"],
            entities.Select(e => e.Id));
        Assert.All(entities, e => Assert.Equal(WatchlistSources.Curated, e.Source));
        Assert.Equal(WatchlistSources.Curated, context.Source);
        Assert.Equal(new DateTimeOffset(2026, 11, 28, 0, 0, 0, TimeSpan.Zero), context.PublisherDate);
        Assert.Equal([EntityKind.Organisation, EntityKind.Person, EntityKind.Organisation, EntityKind.Domain], entities.Select(e => e.Kind));
    }

    [Fact]
    public void Read_Organisation_HasNamesInEveryScriptDomainsAndProvenance()
    {
        var council = ReaderRun.All(new CuratedListReader(), ReadmeExample())[0];

        Assert.Equal(("State Council of the Republic of Crimea", NameScript.Latin), (council.PrimaryName.Full, council.PrimaryName.Script));
        Assert.Equal(
            [("Государственный Совет Республики Крым", "ru", AliasType.Variation, NameScript.Cyrillic),
             ("Державна Рада Республіки Крим", "uk", AliasType.Variation, NameScript.Cyrillic),
             ("Crimean State Council", null, AliasType.Aka, NameScript.Latin), ("Gossovet of Crimea", null, AliasType.Aka, NameScript.Latin)],
            council.Aliases.Select(a => (a.Name, a.Lang, a.Type, a.Script)));
        Assert.Equal([new EntityIdentifier(IdentifierType.Domain, "crimea.gov.ru") { RawType = "domain" }], council.Identifiers);
        var provenance = Assert.IsType<Provenance>(council.Provenance);
        Assert.Equal(["https://en.wikipedia.org/wiki/State_Council_of_Crimea", "https://sanctionslist.fcdo.gov.uk/docs/UK-Sanctions-List.xml"],
            provenance.SourceUrls);
        Assert.Equal((new DateOnly(2026, 11, 28), "Vetting team", Confidence.Medium),
            (provenance.AddedOn, provenance.AddedBy, provenance.Confidence));
        Assert.Equal("Occupation legislature claiming succession to the Supreme Council of the ARC.", provenance.Reason);
        Assert.Equal(["none found (body itself) in EU FSF 2026-01 or OFAC SDN 2021 extracts"], provenance.Lists);
        Assert.Equal("https://en.wikipedia.org/wiki/State_Council_of_Crimea", council.SourceUrl);
        Assert.Null(council.Remarks);
    }

    [Fact]
    public void Read_PersonFrontOrganisationAndDomain_CarryTheirSpecificFields()
    {
        var entities = ReaderRun.All(new CuratedListReader(), ReadmeExample());

        var person = entities[1];
        Assert.Equal(["Chairman of the State Council of the Republic of Crimea since March 2014"], person.Positions);
        Assert.Equal(["EU FSF 7282", "UK RUS0005", "OFAC SDN 16648 [UKRAINE-EO13660]"], person.Provenance!.Lists);
        Assert.Equal(Confidence.High, person.Provenance.Confidence);
        Assert.Null(person.PrimaryName.Given);
        Assert.Equal("Front organisation. Seen at an OSCE meeting in 2015 as the registration of an occupation official.", entities[2].Remarks);
        var domain = entities[3];
        Assert.Equal(("*.rk.gov.ru", Confidence.Low), (domain.PrimaryName.Full, domain.Provenance!.Confidence));
        Assert.Equal([(IdentifierType.Domain, "*.rk.gov.ru")], domain.Identifiers.Select(i => (i.Type, i.Value)));
    }

    [Fact]
    public void Read_NonEnglishFirstNameAndUpperCaseDomain_PrimaryIsFirstNameAndDomainIsLowerCased()
    {
        var file = _temp.File("list.yaml");
        File.WriteAllText(file, """
            entries:
              - id: sevzakon
                kind: organisation
                names:
                  ru: "Законодательное Собрание города Севастополя"
                domains: ["SevZakon.RU", "*.пример.рф"]
                sources: ["https://example.org/a"]
                added_on: 2026-11-01
                added_by: "Reviewer"
                reason: "Test."
                confidence: low
            """);
        var context = new ImportContext("vetting-curated-test");

        var entity = Assert.Single(ReaderRun.All(new CuratedListReader(), file, context));

        Assert.Equal(("Законодательное Собрание города Севастополя", NameScript.Cyrillic), (entity.PrimaryName.Full, entity.PrimaryName.Script));
        Assert.Empty(entity.Aliases);
        Assert.Equal(["sevzakon.ru", "*.пример.рф"], entity.Identifiers.Select(i => i.Value));
        Assert.Equal("vetting-curated-test:sevzakon", entity.Id);
        Assert.Equal(new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero), context.PublisherDate);
    }

    [Fact]
    public void Read_DetectedByTheFormatDetector_AsCurated()
    {
        Assert.Equal(WatchlistFormat.Curated, WatchlistFormatDetector.DetectFile(ReadmeExample()));
        Assert.Equal(WatchlistFormat.Curated,
            WatchlistFormatDetector.DetectFile(TestPaths.InRepository("watchlists/curated/occupation-authorities.yaml")));
    }

    /// <summary>The first <c>```yaml</c> block of watchlists/README.md, written to a file: the documented example must read.</summary>
    private string ReadmeExample()
    {
        var readme = File.ReadAllText(TestPaths.InRepository("watchlists/README.md"));
        var file = _temp.File("example.yaml");
        File.WriteAllText(file, YamlBlock().Match(readme).Groups[1].Value);
        return file;
    }

    [GeneratedRegex("```yaml\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex YamlBlock();
}
