using Vetting.Testing;
using Vetting.Watchlists.Bundled;
using Vetting.Watchlists.Tests.Versions;

namespace Vetting.Watchlists.Tests.Bundled;

public sealed class BundledWatchlistsTests
{
    private static string BundledFolder => TestPaths.InRepository("watchlists/bundled");

    [Fact]
    public void EnsureImported_EmptyStore_LoadsEveryBundledListWithItsAsOfDate()
    {
        using var fixture = new StoreFixture();
        var bundled = new BundledWatchlists(fixture.Store, fixture.Importer);

        var results = bundled.EnsureImported(BundledFolder, TestContext.Current.CancellationToken);

        Assert.All(results, r => Assert.Null(r.Error));
        Assert.Equal(["ofac-sdn", "un-sc", "vetting-curated"], results.Select(r => r.Source).Order(StringComparer.Ordinal));
        var ofac = fixture.Store.GetActive("ofac-sdn")!;
        Assert.Equal("bundled", ofac.Origin);
        Assert.Equal(new DateOnly(2021, 7, 1), DateOnly.FromDateTime(ofac.AsOf.UtcDateTime));
        Assert.Equal(File.ReadLines(Path.Combine(BundledFolder, "ofac-sdn", "SDN.CSV")).Count(l => l.Length > 1 && char.IsAsciiDigit(l[0])), ofac.EntityCount);
    }

    [Fact]
    public void EnsureImported_SecondStart_ImportsNothing()
    {
        using var fixture = new StoreFixture();
        var bundled = new BundledWatchlists(fixture.Store, fixture.Importer);
        bundled.EnsureImported(BundledFolder, TestContext.Current.CancellationToken);

        var again = bundled.EnsureImported(BundledFolder, TestContext.Current.CancellationToken);

        Assert.Empty(again);
    }

    [Fact]
    public void EnsureImported_OneBrokenList_ReportsItAndLoadsTheOthers()
    {
        using var fixture = new StoreFixture();
        using var temp = new TempDirectory();
        File.Copy(TestPaths.ListFixture("un-consolidated.xml"), temp.File("un.xml"));
        File.WriteAllText(temp.File("uk.xml"), "<Designations><Designation>");
        File.WriteAllText(temp.File(BundledWatchlists.ManifestFileName), """
            {"lists": [
              {"path": "uk.xml", "source": "uk-fcdo", "format": "UkXml", "asOf": "2026-03-26"},
              {"path": "un.xml", "source": "un-sc", "format": "UnXml", "asOf": "2026-02-27"}
            ]}
            """);

        var results = new BundledWatchlists(fixture.Store, fixture.Importer).EnsureImported(temp.Path, TestContext.Current.CancellationToken);

        Assert.StartsWith("uk.xml", results.Single(r => r.Source == "uk-fcdo").Error, StringComparison.Ordinal);
        Assert.NotNull(fixture.Store.GetActive("un-sc"));
        Assert.Null(fixture.Store.GetActive("uk-fcdo"));
    }
}
