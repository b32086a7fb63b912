using Vetting.Testing;
using Vetting.Watchlists.Versions;

namespace Vetting.Watchlists.Tests.Versions;

public sealed class WatchlistDifferTests
{
    [Fact]
    public void Diff_RemovedAndRenamedEntity_ReportsEachWithChangedField()
    {
        using var fixture = new StoreFixture();
        var original = UnListEdits.Original;
        var before = fixture.Import(fixture.WriteFile("v1.xml", original)).Version;
        var removedId = UnListEdits.FirstIndividualId(original);
        var (renamed, renamedId) = UnListEdits.WithSecondIndividualRenamed(original);
        var after = fixture.Import(fixture.WriteFile("v2.xml", UnListEdits.WithoutIndividuals(renamed, 1))).Version;

        var diff = new WatchlistDiffer(fixture.Store).Diff(before, after, TestContext.Current.CancellationToken);

        Assert.Empty(diff.Added);
        Assert.Equal("un-sc:" + removedId, Assert.Single(diff.Removed).Id);
        var changed = Assert.Single(diff.Changed);
        Assert.Equal("un-sc:" + renamedId, changed.Id);
        Assert.Contains("primaryName", changed.ChangedFields);
        Assert.Equal(before.EntityCount - 2, diff.Unchanged);
    }

    [Fact]
    public void Diff_ReversedVersions_ReportsRemovedAsAdded()
    {
        using var fixture = new StoreFixture();
        var before = fixture.Import(TestPaths.ListFixture("un-consolidated.xml")).Version;
        var after = fixture.Import(fixture.WriteFile("v2.xml", UnListEdits.WithoutIndividuals(UnListEdits.Original, 2))).Version;

        var diff = new WatchlistDiffer(fixture.Store).Diff(after, before, TestContext.Current.CancellationToken);

        Assert.Equal(2, diff.Added.Count);
        Assert.Empty(diff.Removed);
        Assert.Empty(diff.Changed);
    }

    [Fact]
    public void Diff_VersionsOfDifferentSources_IsRefused()
    {
        using var fixture = new StoreFixture();
        var un = fixture.Import(TestPaths.ListFixture("un-consolidated.xml")).Version;
        var uk = fixture.Import(TestPaths.ListFixture("uk-sanctions.xml")).Version;

        Assert.Throws<ArgumentException>(() => new WatchlistDiffer(fixture.Store).Diff(un, uk, TestContext.Current.CancellationToken));
    }
}
