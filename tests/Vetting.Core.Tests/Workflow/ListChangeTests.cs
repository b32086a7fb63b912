using Vetting.Core.Platforms;
using Vetting.Core.Tests.Workflow.Support;
using Vetting.Core.Vetting;
using Vetting.Core.Watchlists;
using Vetting.Core.Workflow;

namespace Vetting.Core.Tests.Workflow;

/// <summary>A new list version re-screens only the registrants it can affect and raises new flags.</summary>
public sealed class ListChangeTests : IAsyncLifetime
{
    private WorkflowHarness _h = null!; // set in InitializeAsync

    public async ValueTask InitializeAsync() => _h = await WorkflowHarness.StartAsync();

    public async ValueTask DisposeAsync() => await _h.DisposeAsync();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Rescreen_NewEntityMatchesACleanRegistrant_OnlyThatOneScreenedAgainAndFlagged()
    {
        var meeting = _h.Platform.AddEvent("1", WorkflowHarness.EventStart);
        var soonListed = _h.Platform.AddRegistrant(meeting, "Taras", "Hnatyshyn", "taras@example.org");
        for (var i = 0; i < 5; i++)
        {
            _h.Platform.AddRegistrant(meeting, "Guest", "Number" + i, $"guest{i}@example.org");
        }

        var vettedEvent = await _h.DiscoverAsync(meeting);
        await _h.PullAsync(vettedEvent);
        await _h.Get<ListChangeRescreenService>().RescreenAsync(Ct);

        _h.Lists.Publish(WatchlistSources.OfacSdn, [Entities.Aksyonov(), Entities.Poklonskaya(), Entities.NewlyListed("Taras", "Hnatyshyn")], WorkflowHarness.Start);
        var result = await _h.Get<ListChangeRescreenService>().RescreenAsync(Ct);
        var unchanged = await _h.Get<ListChangeRescreenService>().RescreenAsync(Ct);

        Assert.Equal((6, 1, 1), (result.Checked, result.Rescreened, result.NewFlagCount));
        Assert.Equal(0, unchanged.Rescreened);
        var flag = await _h.CurrentDecisionAsync(vettedEvent, soonListed);
        Assert.Equal(DecisionKind.Review, flag?.Kind);
        Assert.Equal([flag!.Id], result.NewFlags[vettedEvent.Id]);
    }

    [Fact]
    public async Task Rescreen_ListedEntityRemoved_FlagResolvesToClear()
    {
        var meeting = _h.Platform.AddEvent("2", WorkflowHarness.EventStart);
        var listed = _h.Platform.AddRegistrant(meeting, "Nataliia", "Poklonska", "n.p@example.net");
        var vettedEvent = await _h.DiscoverAsync(meeting);
        await _h.PullAsync(vettedEvent);
        await _h.Get<ListChangeRescreenService>().RescreenAsync(Ct);

        _h.Lists.Publish(WatchlistSources.OfacSdn, [Entities.Aksyonov()], WorkflowHarness.Start);
        var result = await _h.Get<ListChangeRescreenService>().RescreenAsync(Ct);
        await _h.Get<EnforcementService>().EnforceAccountAsync(vettedEvent.AccountId, Ct);

        Assert.Equal(1, result.Rescreened);
        Assert.Equal(DecisionKind.Clear, (await _h.CurrentDecisionAsync(vettedEvent, listed))?.Kind);
        Assert.Equal(RegistrantStatus.Approved, _h.Platform.StatusOf(meeting, listed.ExternalId));
    }

    [Fact]
    public async Task Rescreen_ListChange_RecordedInTheAuditLog()
    {
        await _h.Get<ListChangeRescreenService>().RescreenAsync(Ct);
        _h.Lists.Publish(WatchlistSources.Curated, [], WorkflowHarness.Start);

        await _h.Get<ListChangeRescreenService>().RescreenAsync(Ct);

        var entries = await _h.Get<IAuditLog>().ListForSubjectAsync("watchlists", "active", Ct);
        Assert.Equal(2, entries.Count(e => e.Kind == AuditKind.ListChanged));
        Assert.Contains("\"affected\":\"1\"", entries[^1].Details, StringComparison.Ordinal);
        Assert.True((await _h.Get<IAuditLog>().VerifyChainAsync(Ct)).IsIntact);
    }
}
