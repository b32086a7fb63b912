using System.Net;
using System.Text;
using System.Text.Json;
using Vetting.Core.Vetting;
using Vetting.Core.Watchlists;
using Vetting.Service.Api.Contracts;
using Vetting.Service.Auth;
using Vetting.Testing;

namespace VettingService.Tests.Api;

public sealed class WatchlistEndpointTests : IAsyncLifetime
{
    private const string InvalidCurated = "list:\n  title: \"Test\"\nentries:\n  - id: Bad Id!\n    kind: spaceship\n    names:\n      en: \"Someone\"\n";

    private ApiHost _host = null!;

    public async ValueTask InitializeAsync() =>
        _host = await ApiHost.StartAsync(new Dictionary<string, string?> { ["Vetting:Api:MaxUploadBytes"] = "200000" }, importLists: false);

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task UploadCurated_ValidList_ActivatesVersionAndAudits()
    {
        using var admin = _host.WithApiKey(VettingRoles.Admin);
        var yaml = await File.ReadAllBytesAsync(TestPaths.InRepository("watchlists/curated/occupation-authorities.yaml"), TestContext.Current.CancellationToken);

        var version = await HttpAssert.ReadAsync<WatchlistVersion>(await admin.UploadAsync("/api/watchlists/curated", yaml, "list.yaml"), HttpStatusCode.Created);
        var active = await HttpAssert.ReadAsync<List<WatchlistVersion>>(await admin.GetPathAsync("/api/watchlists"));
        var audit = await _host.Get<IAuditLog>().ListForSubjectAsync("watchlist", WatchlistSources.Curated, TestContext.Current.CancellationToken);

        Assert.Equal(WatchlistSources.Curated, version.Source);
        Assert.Equal(78, version.EntityCount);
        Assert.Equal(version.VersionId, Assert.Single(active).VersionId);
        Assert.Equal(AuditKind.ListChanged, Assert.Single(audit).Kind);
    }

    [Fact]
    public async Task UploadCurated_InvalidList_Returns400WithProblemsByLine()
    {
        using var admin = _host.WithApiKey(VettingRoles.Admin);

        var problem = await HttpAssert.ProblemAsync(
            await admin.UploadAsync("/api/watchlists/curated", Encoding.UTF8.GetBytes(InvalidCurated), "list.yaml"), HttpStatusCode.BadRequest);
        var problems = problem.GetProperty("problems").EnumerateArray().ToList();

        Assert.NotEmpty(problems);
        Assert.All(problems, p => Assert.InRange(p.GetProperty("line").GetInt64(), 1, 8));
        Assert.Contains(problems, p => p.GetProperty("line").GetInt64() == 5);
        Assert.Empty(_host.Get<Vetting.Watchlists.Versions.FileWatchlistStore>().GetActiveVersions());
    }

    [Fact]
    public async Task UploadCurated_Oversized_Returns413()
    {
        using var admin = _host.WithApiKey(VettingRoles.Admin);

        var response = await admin.UploadAsync("/api/watchlists/curated", new byte[400_000], "big.yaml");

        await HttpAssert.ProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task UploadCurated_Reviewer_Returns403()
    {
        using var reviewer = _host.WithApiKey(VettingRoles.Reviewer);

        var response = await reviewer.UploadAsync("/api/watchlists/curated", Encoding.UTF8.GetBytes(InvalidCurated), "list.yaml");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Activate_OlderVersion_RollsBackAndDiffShowsTheChange()
    {
        using var admin = _host.WithApiKey(VettingRoles.Admin);
        var original = await File.ReadAllTextAsync(TestPaths.InRepository("watchlists/curated/occupation-authorities.yaml"), TestContext.Current.CancellationToken);
        var first = await HttpAssert.ReadAsync<WatchlistVersion>(
            await admin.UploadAsync("/api/watchlists/curated", Encoding.UTF8.GetBytes(original), "list.yaml"), HttpStatusCode.Created);
        var changed = original.Replace("\"Sovmin of Crimea\"", "\"Sovmin of Crimea\"\n      - \"Crimean Sovmin\"", StringComparison.Ordinal);
        var second = await HttpAssert.ReadAsync<WatchlistVersion>(
            await admin.UploadAsync("/api/watchlists/curated", Encoding.UTF8.GetBytes(changed), "list.yaml"), HttpStatusCode.Created);

        var diff = await HttpAssert.ReadAsync<JsonElement>(await admin.GetPathAsync($"/api/watchlists/{WatchlistSources.Curated}/diff"));
        var rolledBack = await HttpAssert.ReadAsync<WatchlistVersion>(await admin.PostJsonAsync(
            $"/api/watchlists/{WatchlistSources.Curated}/activate", new ActivateRequest(first.VersionId, "alias added by mistake")));
        var versions = await HttpAssert.ReadAsync<SourceVersions>(await admin.GetPathAsync($"/api/watchlists/{WatchlistSources.Curated}/versions"));

        Assert.Equal(second.VersionId, diff.GetProperty("toVersion").GetString());
        Assert.Equal("vetting-curated:council-of-ministers-of-the-republic-of-crimea",
            Assert.Single(diff.GetProperty("changed").EnumerateArray()).GetProperty("id").GetString());
        Assert.Equal(first.VersionId, rolledBack.VersionId);
        Assert.Equal(first.VersionId, versions.ActiveVersionId);
        Assert.Equal(2, versions.Versions.Count);
    }

    [Fact]
    public async Task Entity_OfActiveVersion_ReturnsAllNames()
    {
        using var admin = _host.WithApiKey(VettingRoles.Admin);
        await admin.UploadAsync("/api/watchlists/curated",
            await File.ReadAllBytesAsync(TestPaths.InRepository("watchlists/curated/occupation-authorities.yaml"), TestContext.Current.CancellationToken), "l.yaml");

        var entity = await HttpAssert.ReadAsync<JsonElement>(
            await admin.GetPathAsync("/api/watchlists/entities/vetting-curated:council-of-ministers-of-the-republic-of-crimea"));
        var missing = await admin.GetPathAsync("/api/watchlists/entities/vetting-curated:no-such-entry");

        Assert.Contains("Совет министров Республики Крым", entity.GetRawText(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }
}
