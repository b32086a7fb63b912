using Vetting.Core.Watchlists;
using Vetting.Testing;
using Vetting.Watchlists.Curated;
using Vetting.Watchlists.Importing;
using Vetting.Watchlists.Tests.OpenSanctions;

namespace Vetting.Watchlists.Tests.Curated;

/// <summary>The bundled starter list is the faithful conversion of the compiled CSV (brief: 78 rows).</summary>
public sealed class StarterListTests
{
    private static readonly string Csv = TestPaths.Fixture("curated/occupation-authorities.csv");
    private static readonly string Yaml = TestPaths.InRepository("watchlists/curated/occupation-authorities.yaml");

    [Fact]
    public void StarterList_IsTheConvertersOutput()
    {
        var expected = OccupationAuthoritiesConverter.ToYaml(OccupationAuthorityRow.ReadAll(Csv));
        if (Environment.GetEnvironmentVariable("VETTING_REGENERATE_CURATED") == "1")
        {
            File.WriteAllText(Yaml, expected);
        }

        Assert.Equal(expected, File.ReadAllText(Yaml));
    }

    [Fact]
    public void StarterList_MatchesTheCsvRowForRow()
    {
        var rows = OccupationAuthorityRow.ReadAll(Csv);
        var context = new ImportContext();

        var entities = ReaderRun.All(new CuratedListReader(), Yaml, context);

        Assert.Equal(78, rows.Count);
        Assert.Equal(rows.Count, entities.Count);
        Assert.Equal(new DateTimeOffset(2026, 11, 28, 0, 0, 0, TimeSpan.Zero), context.PublisherDate);
        for (var i = 0; i < rows.Count; i++)
        {
            AssertEquivalent(rows[i], entities[i]);
        }
    }

    [Fact]
    public void StarterList_CountsByKindAndConfidenceAgreeWithTheCsvReadme()
    {
        var entities = ReaderRun.All(new CuratedListReader(), Yaml);

        Assert.Equal(25 + 5, entities.Count(e => e.Kind == EntityKind.Organisation));
        Assert.Equal(5, entities.Count(e => e.Remarks?.StartsWith(CuratedEntityMapper.FrontOrganisationRemark, StringComparison.Ordinal) == true));
        Assert.Equal(6, entities.Count(e => e.Kind == EntityKind.Domain));
        Assert.Equal(42, entities.Count(e => e.Kind == EntityKind.Person));
        Assert.Equal((36, 27, 15), (Count(Confidence.High), Count(Confidence.Medium), Count(Confidence.Low)));

        int Count(Confidence confidence) => entities.Count(e => e.Provenance!.Confidence == confidence);
    }

    private static void AssertEquivalent(OccupationAuthorityRow row, WatchlistEntity entity)
    {
        var what = $"row '{row.NameEn}'";
        Assert.True(entity.Id == "vetting-curated:" + OccupationAuthoritiesConverter.IdFor(row), what);
        Assert.True(ExpectedKind(row.Kind) == entity.Kind, what);
        var front = entity.Remarks?.StartsWith(CuratedEntityMapper.FrontOrganisationRemark, StringComparison.Ordinal) == true;
        Assert.True(row.Kind == "front-organisation" == front, what);
        Assert.True(row.NameEn == entity.PrimaryName.Full, what);
        AssertName(entity, row.NameRu, "ru", what);
        AssertName(entity, row.NameUk, "uk", what);
        var names = new[] { row.NameEn, row.NameRu, row.NameUk };
        foreach (var alias in OccupationAuthorityRow.Split(row.Aliases))
        {
            Assert.True(entity.Aliases.Any(a => a.Name == alias && a.Type == AliasType.Aka && a.Quality == AliasQuality.Strong)
                || names.Contains(alias, StringComparer.OrdinalIgnoreCase), what + " alias " + alias);
        }

        Assert.Equal(OccupationAuthorityRow.Split(row.Domains), entity.Identifiers.Where(i => i.Type == IdentifierType.Domain).Select(i => i.Value));
        Assert.Equal(row.Position.Length > 0 ? [row.Position] : [], entity.Positions);
        var provenance = entity.Provenance!; // every curated entity carries provenance
        Assert.Equal(OccupationAuthorityRow.Split(row.SourceUrls), provenance.SourceUrls);
        Assert.Equal(row.Lists, string.Join("; ", provenance.Lists));
        Assert.Equal(row.Confidence, provenance.Confidence.ToString().ToLowerInvariant());
        Assert.Equal(row.Note, provenance.Reason);
        Assert.Equal((new DateOnly(2026, 11, 28), OccupationAuthoritiesConverter.AddedBy), (provenance.AddedOn, provenance.AddedBy));
    }

    private static void AssertName(WatchlistEntity entity, string name, string lang, string what)
    {
        if (name.Length > 0)
        {
            Assert.True(entity.Aliases.Any(a => a.Name == name && a.Lang == lang && a.Script == NameScript.Cyrillic), what + " " + lang);
        }
    }

    private static EntityKind ExpectedKind(string kind) => kind switch
    {
        "person" => EntityKind.Person,
        "organisation" or "front-organisation" => EntityKind.Organisation,
        "domain" => EntityKind.Domain,
        _ => throw new InvalidOperationException("unknown kind " + kind),
    };
}
