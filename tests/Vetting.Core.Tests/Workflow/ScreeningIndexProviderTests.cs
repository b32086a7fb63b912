using Microsoft.Extensions.Logging.Abstractions;
using Vetting.Core.Tests.Workflow.Support;
using Vetting.Core.Watchlists;
using Vetting.Core.Workflow;

namespace Vetting.Core.Tests.Workflow;

public sealed class ScreeningIndexProviderTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task GetCurrent_SameActiveVersions_BuiltOnceForConcurrentCallers()
    {
        var lists = new FakeWatchlistStore();
        lists.Publish(WatchlistSources.OfacSdn, [Entities.Aksyonov()], WorkflowHarness.Start);
        using var provider = new ScreeningIndexProvider(lists, NullLogger<ScreeningIndexProvider>.Instance);

        var indexes = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => provider.GetCurrentAsync(Ct)));

        Assert.Equal(1, provider.Builds);
        Assert.All(indexes, i => Assert.Same(indexes[0], i));
        Assert.Null(provider.LastChange);
    }

    [Fact]
    public async Task GetCurrent_OneSourceChanged_RebuiltWithAddedChangedAndRemovedEntities()
    {
        var lists = new FakeWatchlistStore();
        lists.Publish(WatchlistSources.OfacSdn, [Entities.Aksyonov(), Entities.Poklonskaya()], WorkflowHarness.Start);
        lists.Publish(WatchlistSources.Curated, [Entities.CouncilOfMinisters()], WorkflowHarness.Start);
        using var provider = new ScreeningIndexProvider(lists, NullLogger<ScreeningIndexProvider>.Instance);
        var before = await provider.GetCurrentAsync(Ct);

        lists.Publish(WatchlistSources.OfacSdn, [Entities.Aksyonov("AKSENOV, Sergei"), Entities.NewlyListed("Taras", "Hnatyshyn")], WorkflowHarness.Start);
        var after = await provider.GetCurrentAsync(Ct);

        Assert.Equal(2, provider.Builds);
        Assert.NotEqual(before.Lists, after.Lists);
        var change = provider.LastChange!;
        Assert.Equal((before.Lists, after.Lists), (change.From, change.To));
        Assert.Equal(["ofac-sdn:16642", "ofac-sdn:17261", "ofac-sdn:99001"], change.Affected.Order(StringComparer.Ordinal));
        Assert.Equal(2, change.Delta.PartyCount);
        Assert.NotEqual(before.FingerprintOf("ofac-sdn:16642"), after.FingerprintOf("ofac-sdn:16642"));
    }

    [Fact]
    public async Task GetCurrent_NoActiveList_Throws()
    {
        using var provider = new ScreeningIndexProvider(new FakeWatchlistStore(), NullLogger<ScreeningIndexProvider>.Instance);

        await Assert.ThrowsAsync<InvalidOperationException>(() => provider.GetCurrentAsync(Ct));
    }
}
