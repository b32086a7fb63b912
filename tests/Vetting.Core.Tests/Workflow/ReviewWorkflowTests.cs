using Vetting.Core.Platforms;
using Vetting.Core.Tests.Workflow.Support;
using Vetting.Core.Vetting;
using Vetting.Core.Watchlists;
using Vetting.Core.Workflow;

namespace Vetting.Core.Tests.Workflow;

/// <summary>Reviewers confirm (deny on the platform), clear (a reusable clearance) and release with four eyes.</summary>
public sealed class ReviewWorkflowTests : IAsyncLifetime
{
    private WorkflowHarness _h = null!; // set in InitializeAsync
    private PlatformEventRef _meeting = null!;
    private PlatformRegistrant _listed = null!;
    private VettedEvent _event = null!;

    public async ValueTask InitializeAsync()
    {
        _h = await WorkflowHarness.StartAsync();
        _meeting = _h.Platform.AddEvent("85746065123", WorkflowHarness.EventStart);
        _listed = _h.Platform.AddRegistrant(_meeting, "Serhii Valeriiovych", "Aksonov", "s.aksonov@example.net");
        _event = await _h.DiscoverAsync(_meeting);
        await _h.PullAsync(_event);
    }

    public async ValueTask DisposeAsync() => await _h.DisposeAsync();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Confirm_HeldMatch_EnforcementDeniesOnThePlatformOnce()
    {
        var stored = await _h.StoredAsync(_event, _listed);

        var recorded = await _h.Get<ReviewService>().ConfirmAsync(stored.Id, "ofac-sdn:16642", "reviewer-1", "same DOB per passport", "req-1", Ct);
        var again = await _h.Get<ReviewService>().ConfirmAsync(stored.Id, "ofac-sdn:16642", "reviewer-1", "same DOB per passport", "req-1", Ct);
        await _h.Get<EnforcementService>().EnforceAccountAsync(_event.AccountId, Ct);

        Assert.Equal((DecisionKind.Confirmed, PlatformActionKind.Deny), (recorded.Decision.Kind, recorded.Action?.Kind));
        Assert.False(again.Created);
        Assert.Equal(RegistrantStatus.Denied, _h.Platform.StatusOf(_meeting, _listed.ExternalId));
        Assert.Single(_h.Platform.Changes);
    }

    [Fact]
    public async Task Confirm_EntityNotAmongTheMatches_Refused()
    {
        var stored = await _h.StoredAsync(_event, _listed);

        await Assert.ThrowsAsync<VettingRuleException>(
            () => _h.Get<ReviewService>().ConfirmAsync(stored.Id, "un-sc:1", "reviewer-1", "wrong entity", "req-2", Ct));
    }

    [Fact]
    public async Task Confirmed_LaterScreeningsAndReleases_OnlyASecondReviewerReleases()
    {
        var stored = await _h.StoredAsync(_event, _listed);
        var confirmed = await _h.Get<ReviewService>().ConfirmAsync(stored.Id, "ofac-sdn:16642", "reviewer-1", "match", "req-3", Ct);
        _h.Lists.Publish(WatchlistSources.OfacSdn, [Entities.Aksyonov("AKSENOV, Sergei"), Entities.Poklonskaya()], WorkflowHarness.Start);
        await _h.Get<ListChangeRescreenService>().RescreenAsync(Ct);
        var afterRescreen = await _h.CurrentDecisionAsync(_event, _listed);

        var request = await _h.Get<ReviewService>().RequestReleaseAsync(confirmed.Decision.Id, "reviewer-1", "passport shows other DOB", Ct);
        await Assert.ThrowsAsync<VettingRuleException>(() => _h.Get<ReviewService>().ApproveReleaseAsync(request.Id, "reviewer-1", "self", Ct));
        var released = await _h.Get<ReviewService>().ApproveReleaseAsync(request.Id, "reviewer-2", "agreed", Ct);

        Assert.Equal(DecisionKind.Confirmed, afterRescreen?.Kind);
        Assert.Equal(DecisionKind.Released, released.Decision.Kind);
        Assert.Equal(RegistrantStatus.Pending, _h.Platform.StatusOf(_meeting, _listed.ExternalId));
    }

    [Fact]
    public async Task Clear_Match_ApprovedAndClearanceReusedForTheSamePersonAtAnotherEvent()
    {
        var stored = await _h.StoredAsync(_event, _listed);
        var cleared = await _h.Get<ReviewService>().ClearAsync(stored.Id, "reviewer-1", "different person, checked ID", "req-4", Ct);
        await _h.Get<EnforcementService>().EnforceAccountAsync(_event.AccountId, Ct);
        var second = _h.Platform.AddEvent("85746065999", WorkflowHarness.EventStart.AddDays(7));
        var again = _h.Platform.AddRegistrant(second, "Serhii Valeriiovych", "Aksonov", "s.aksonov@example.net");
        var secondEvent = await _h.DiscoverAsync(second);

        var pulled = await _h.PullAsync(secondEvent);

        Assert.Equal((DecisionKind.Dismissed, PlatformActionKind.Approve), (cleared.Decision.Kind, cleared.Action?.Kind));
        Assert.Equal(RegistrantStatus.Approved, _h.Platform.StatusOf(_meeting, _listed.ExternalId));
        Assert.Empty(pulled!.NewFlags);
        Assert.Equal(DecisionKind.Clear, (await _h.CurrentDecisionAsync(secondEvent, again))?.Kind);
        Assert.Equal(RegistrantStatus.Approved, _h.Platform.StatusOf(second, again.ExternalId));
        var screening = await _h.Get<IScreeningStore>().GetLatestScreeningAsync((await _h.StoredAsync(secondEvent, again)).Id, Ct);
        Assert.All(screening!.Matches, m => Assert.NotNull(m.ClearanceId));
    }

    [Fact]
    public async Task Clear_ThenTheListEntryChanges_ClearanceLapsesAndTheMatchIsRaisedAgain()
    {
        var stored = await _h.StoredAsync(_event, _listed);
        await _h.Get<ReviewService>().ClearAsync(stored.Id, "reviewer-1", "different person", "req-5", Ct);

        _h.Lists.Publish(WatchlistSources.OfacSdn, [Entities.Aksyonov("AKSENOV, Sergei"), Entities.Poklonskaya()], WorkflowHarness.Start);
        var rescreen = await _h.Get<ListChangeRescreenService>().RescreenAsync(Ct);

        Assert.Equal(1, rescreen.NewFlagCount);
        Assert.Equal(DecisionKind.BlockProposed, (await _h.CurrentDecisionAsync(_event, _listed))?.Kind);
    }
}
