using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Vetting.Testing;
using Vetting.Watchlists.Importing;
using Vetting.Watchlists.Updating;
using Vetting.Watchlists.Versions;

namespace Vetting.Watchlists.Tests.Updating;

public sealed class WatchlistUpdaterTests : IAsyncLifetime
{
    private readonly TempDirectory _temp = new();
    private LoopbackListServer _server = null!; // set in InitializeAsync
    private ServiceProvider _services = null!; // set in InitializeAsync

    public async ValueTask InitializeAsync()
    {
        _server = await LoopbackListServer.StartAsync(TestContext.Current.CancellationToken);
        _services = new ServiceCollection().AddLogging().AddWatchlists(_temp.Path).BuildServiceProvider();
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await _server.DisposeAsync();
        _temp.Dispose();
    }

    [Fact]
    public async Task Update_PublisherServesList_ImportsAndActivates()
    {
        var source = UnSource(_server.ServeFile("consolidated.xml", TestPaths.ListFixture("un-consolidated.xml")));

        var result = Assert.Single(await UpdateAsync(source));

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(ImportStatus.Activated, result.Outcome!.Status);
        Assert.Equal("update", Store.GetActive("un-sc")!.Origin);
    }

    [Fact]
    public async Task Update_OfacCsvSet_DownloadsEveryFileAndJoinsThem()
    {
        var files = new Dictionary<string, Uri>
        {
            ["SDN.CSV"] = _server.ServeFile("SDN.CSV", TestPaths.ListFixture("ofac-sdn.csv"), "text/csv"),
            ["ALT.CSV"] = _server.ServeFile("ALT.CSV", TestPaths.ListFixture("ofac-alt.csv"), "text/csv"),
            ["ADD.CSV"] = _server.ServeFile("ADD.CSV", TestPaths.ListFixture("ofac-add.csv"), "text/csv"),
            ["SDN_COMMENTS.CSV"] = _server.ServeFile("SDN_COMMENTS.CSV", TestPaths.ListFixture("ofac-sdn_comments.csv"), "text/csv"),
        };
        var source = new WatchlistSourceDefinition
        {
            Source = "ofac-sdn", Name = "OFAC SDN", Publisher = "OFAC", Format = WatchlistFormat.OfacCsv,
            Files = files, Licence = "public", CadenceHours = 24,
        };

        var result = Assert.Single(await UpdateAsync(source));

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(4, result.Outcome!.Version.Files.Count);
        Assert.Contains(Store.ReadEntities(result.Outcome.Version, TestContext.Current.CancellationToken), e => e.Aliases.Count > 0);
    }

    [Fact]
    public async Task Update_PublisherAnswers404_FailsAndKeepsActiveVersion()
    {
        var good = Assert.Single(await UpdateAsync(UnSource(_server.ServeFile("good.xml", TestPaths.ListFixture("un-consolidated.xml")))));

        var result = Assert.Single(await UpdateAsync(UnSource(_server.ServeStatus("gone.xml", 404))));

        Assert.False(result.Succeeded);
        Assert.Contains("404", result.Error, StringComparison.Ordinal);
        Assert.Equal(good.Outcome!.Version.VersionId, Store.GetActive("un-sc")!.VersionId);
    }

    [Fact]
    public async Task Update_PublisherSendsHtmlErrorPage_FailsAndKeepsActiveVersion()
    {
        var good = Assert.Single(await UpdateAsync(UnSource(_server.ServeFile("good.xml", TestPaths.ListFixture("un-consolidated.xml")))));
        var page = Encoding.UTF8.GetBytes("<html><body>Service temporarily unavailable</body></html>");

        var result = Assert.Single(await UpdateAsync(UnSource(_server.ServeBytes("page.xml", page, "text/html"))));

        Assert.False(result.Succeeded);
        Assert.Contains("HTML", result.Error, StringComparison.Ordinal);
        Assert.Equal(good.Outcome!.Version.VersionId, Store.GetActive("un-sc")!.VersionId);
    }

    [Fact]
    public async Task Update_PublisherSendsTruncatedList_FailsAndKeepsActiveVersion()
    {
        var good = Assert.Single(await UpdateAsync(UnSource(_server.ServeFile("good.xml", TestPaths.ListFixture("un-consolidated.xml")))));
        var bytes = File.ReadAllBytes(TestPaths.ListFixture("un-consolidated.xml"));

        var result = Assert.Single(await UpdateAsync(UnSource(_server.ServeBytes("cut.xml", bytes[..(bytes.Length / 3)]))));

        Assert.False(result.Succeeded);
        Assert.Contains("consolidated.xml", result.Error, StringComparison.Ordinal);
        Assert.Equal(good.Outcome!.Version.VersionId, Store.GetActive("un-sc")!.VersionId);
    }

    [Fact]
    public void Load_BundledSourceCatalogue_IsValidAndNamesEveryOfficialList()
    {
        var catalog = WatchlistSourceCatalog.Load(TestPaths.InRepository("watchlists/sources.json"));

        Assert.Equal(["eu-fsf", "ofac-cons", "ofac-sdn", "uk-fcdo", "un-sc"],
            catalog.Sources.Where(s => s.Enabled).Select(s => s.Source).Order(StringComparer.Ordinal));
        Assert.All(catalog.Sources, s => Assert.All(s.Files.Values, u => Assert.Equal("https", u.Scheme)));
    }

    [Fact]
    public void Load_CatalogueWithUnknownField_FailsNamingTheFile()
    {
        var path = _temp.File("sources.json");
        File.WriteAllText(path, """{"sources":[{"source":"x","nmae":"typo"}]}""");

        var error = Assert.Throws<InvalidDataException>(() => WatchlistSourceCatalog.Load(path));

        Assert.StartsWith("sources.json", error.Message, StringComparison.Ordinal);
    }

    private FileWatchlistStore Store => _services.GetRequiredService<FileWatchlistStore>();

    private static WatchlistSourceDefinition UnSource(Uri url) => new()
    {
        Source = "un-sc", Name = "UN", Publisher = "UN", Format = WatchlistFormat.UnXml,
        Files = new Dictionary<string, Uri> { ["consolidated.xml"] = url }, Licence = "public", CadenceHours = 24,
    };

    private Task<IReadOnlyList<UpdateResult>> UpdateAsync(WatchlistSourceDefinition source) =>
        _services.GetRequiredService<WatchlistUpdater>().UpdateAsync([source], force: false, TestContext.Current.CancellationToken);
}
