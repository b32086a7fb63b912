using Vetting.Core.Platforms;
using Vetting.Core.Tests.Workflow.Support;
using Vetting.Core.Vetting;
using Vetting.Core.Workflow;

namespace Vetting.Core.Tests.Workflow;

/// <summary>The final check pulls, screens, enforces and records the event's state once per start.</summary>
public sealed class FinalCheckTests : IAsyncLifetime
{
    private WorkflowHarness _h = null!; // set in InitializeAsync

    public async ValueTask InitializeAsync() => _h = await WorkflowHarness.StartAsync();

    public async ValueTask DisposeAsync() => await _h.DisposeAsync();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RunDue_EventWithinTheWindow_RecordsCountsFlagsAndListDateOnce()
    {
        var meeting = _h.Platform.AddEvent("3", WorkflowHarness.EventStart);
        _h.Platform.AddRegistrant(meeting, "Lilia", "Umerova", "lilia@example.net");
        _h.Platform.AddRegistrant(meeting, "Nataliia", "Poklonska", "n.p@example.net");
        var vettedEvent = await _h.DiscoverAsync(meeting);
        await _h.PullAsync(vettedEvent);
        var late = _h.Platform.AddRegistrant(meeting, "Remzi", "Ablaiev", "remzi@example.com");
        var service = _h.Get<FinalCheckService>();

        var early = await service.RunDueAsync(vettedEvent.AccountId, TimeSpan.FromMinutes(60), Ct);
        _h.Clock.Now = WorkflowHarness.EventStart.AddMinutes(-59);
        var due = await service.RunDueAsync(vettedEvent.AccountId, TimeSpan.FromMinutes(60), Ct);
        var again = await service.RunDueAsync(vettedEvent.AccountId, TimeSpan.FromMinutes(60), Ct);

        Assert.Empty(early);
        var record = Assert.Single(due);
        Assert.Empty(again);
        Assert.Equal((3, 1, 0), (record.RegistrantCount, record.UnresolvedFlags, record.PendingActions));
        Assert.Equal(WorkflowHarness.Start.AddDays(-3), record.ListsAsOf);
        Assert.Equal(2, record.Lists.Versions.Count);
        Assert.Equal(RegistrantStatus.Approved, _h.Platform.StatusOf(meeting, late.ExternalId));
        Assert.Single(await _h.Get<IFinalCheckStore>().ListFinalChecksAsync(vettedEvent.Id, Ct));
    }

    [Fact]
    public async Task Run_ListsChangedSinceLastScreening_ScreensEveryoneAgainstTheListsInForce()
    {
        var meeting = _h.Platform.AddEvent("4", WorkflowHarness.EventStart);
        var taras = _h.Platform.AddRegistrant(meeting, "Taras", "Hnatyshyn", "taras@example.org");
        var vettedEvent = await _h.DiscoverAsync(meeting);
        await _h.PullAsync(vettedEvent);
        _h.Lists.Publish(Watchlists.WatchlistSources.OfacSdn, [Entities.NewlyListed("Taras", "Hnatyshyn")], WorkflowHarness.Start);

        var record = await _h.Get<FinalCheckService>().RunAsync(vettedEvent.Id, Ct);

        Assert.Equal(1, record!.UnresolvedFlags);
        Assert.Equal(DecisionKind.Review, (await _h.CurrentDecisionAsync(vettedEvent, taras))?.Kind);
        var latest = await _h.Get<IScreeningStore>().GetLatestScreeningAsync((await _h.StoredAsync(vettedEvent, taras)).Id, Ct);
        Assert.Equal(record.Lists, latest!.Lists);
    }
}
