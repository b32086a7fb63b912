using Vetting.Core.Platforms;
using Vetting.Core.Tests.Workflow.Support;
using Vetting.Core.Vetting;

namespace Vetting.Core.Tests.Workflow;

/// <summary>Pull → screen → decide → enforce under each event policy, against the real matching engine.</summary>
public sealed class ScreeningWorkflowTests : IAsyncLifetime
{
    private WorkflowHarness _h = null!; // set in InitializeAsync
    private PlatformEventRef _meeting = null!;

    public async ValueTask InitializeAsync()
    {
        _h = await WorkflowHarness.StartAsync();
        _meeting = _h.Platform.AddEvent("85746065123", WorkflowHarness.EventStart);
    }

    public async ValueTask DisposeAsync() => await _h.DisposeAsync();

    [Fact]
    public async Task Pull_NewEventDefaults_CleanApprovedAndMatchesHeld()
    {
        var clean = _h.Platform.AddRegistrant(_meeting, "Lenur", "Seitablaiev", "lenur@example.org");
        var listed = _h.Platform.AddRegistrant(_meeting, "Serhii Valeriiovych", "Aksonov", "s.aksonov@example.net");
        var curated = _h.Platform.AddRegistrant(_meeting, "Olena", "Hrytsenko", "o.hrytsenko@rk.gov.ru");
        var vettedEvent = await _h.DiscoverAsync(_meeting);

        var result = await _h.PullAsync(vettedEvent);

        Assert.NotNull(result);
        Assert.Equal((3, 3, 3, 2), (result.Registrants, result.Added, result.Screened, result.NewFlags.Count));
        Assert.Equal(RegistrantStatus.Approved, _h.Platform.StatusOf(_meeting, clean.ExternalId));
        Assert.Equal(RegistrantStatus.Pending, _h.Platform.StatusOf(_meeting, listed.ExternalId));
        Assert.Equal(RegistrantStatus.Pending, _h.Platform.StatusOf(_meeting, curated.ExternalId));
        Assert.Equal(DecisionKind.BlockProposed, (await _h.CurrentDecisionAsync(vettedEvent, listed))?.Kind);
        Assert.Equal(DecisionKind.Review, (await _h.CurrentDecisionAsync(vettedEvent, curated))?.Kind);
    }

    [Fact]
    public async Task Pull_AutomaticBlockingAllowed_BlockMatchDeniedAndCuratedHitStillOnlyReviewed()
    {
        var listed = _h.Platform.AddRegistrant(_meeting, "Serhii Valeriiovych", "Aksonov", "s.aksonov@example.net");
        var curated = _h.Platform.AddRegistrant(_meeting, "Olena", "Hrytsenko", "o.hrytsenko@rk.gov.ru", "Council of Ministers of the Republic of Crimea");
        var vettedEvent = await _h.DiscoverAsync(_meeting, EventPolicy.NewEventDefault with { AutomaticBlockingAllowed = true });

        await _h.PullAsync(vettedEvent);

        Assert.Equal(DecisionKind.Block, (await _h.CurrentDecisionAsync(vettedEvent, listed))?.Kind);
        Assert.Equal(RegistrantStatus.Denied, _h.Platform.StatusOf(_meeting, listed.ExternalId));
        Assert.Equal(DecisionKind.Review, (await _h.CurrentDecisionAsync(vettedEvent, curated))?.Kind);
        Assert.Equal(RegistrantStatus.Pending, _h.Platform.StatusOf(_meeting, curated.ExternalId));
    }

    [Fact]
    public async Task Pull_AutoApproveOff_CleanRegistrantDecidedButLeftPending()
    {
        var clean = _h.Platform.AddRegistrant(_meeting, "Emine", "Asanova", "emine@example.org");
        var vettedEvent = await _h.DiscoverAsync(_meeting, EventPolicy.NewEventDefault with { AutoApproveClean = false });

        await _h.PullAsync(vettedEvent);

        Assert.Equal(DecisionKind.Clear, (await _h.CurrentDecisionAsync(vettedEvent, clean))?.Kind);
        Assert.Equal(RegistrantStatus.Pending, _h.Platform.StatusOf(_meeting, clean.ExternalId));
        Assert.Empty(_h.Platform.Changes);
    }

    [Fact]
    public async Task Pull_ScreeningOff_NothingScreenedOrDecided()
    {
        var listed = _h.Platform.AddRegistrant(_meeting, "Serhii Valeriiovych", "Aksonov", "s.aksonov@example.net");
        var vettedEvent = await _h.DiscoverAsync(_meeting, EventPolicy.NewEventDefault with { ScreeningEnabled = false });

        var result = await _h.PullAsync(vettedEvent);

        Assert.Equal((1, 0), (result!.Registrants, result.Screened));
        Assert.Null(await _h.CurrentDecisionAsync(vettedEvent, listed));
    }

    [Fact]
    public async Task Pull_RunTwice_NoSecondDecisionOrPlatformAction()
    {
        var clean = _h.Platform.AddRegistrant(_meeting, "Refat", "Bekirov", "refat@example.com");
        var listed = _h.Platform.AddRegistrant(_meeting, "Serhii Valeriiovych", "Aksonov", "s.aksonov@example.net");
        var vettedEvent = await _h.DiscoverAsync(_meeting);
        await _h.PullAsync(vettedEvent);

        var second = await _h.PullAsync(vettedEvent);

        Assert.Equal((0, 0), (second!.Screened, second.NewFlags.Count));
        Assert.Single(_h.Platform.Changes);
        var ct = TestContext.Current.CancellationToken;
        var stored = await _h.StoredAsync(vettedEvent, listed);
        Assert.Single(await _h.Get<IDecisionStore>().ListDecisionsAsync(stored.Id, ct));
        Assert.Single(await _h.Get<IDecisionStore>().ListDecisionsAsync((await _h.StoredAsync(vettedEvent, clean)).Id, ct));
    }

    [Fact]
    public async Task Pull_RegistrantChangesName_ScreenedAgainAndFlagged()
    {
        var registrant = _h.Platform.AddRegistrant(_meeting, "Serhii", "Koval", "serhii@example.net");
        var vettedEvent = await _h.DiscoverAsync(_meeting, EventPolicy.NewEventDefault with { AutoApproveClean = false });
        await _h.PullAsync(vettedEvent);
        Assert.Equal(DecisionKind.Clear, (await _h.CurrentDecisionAsync(vettedEvent, registrant))?.Kind);

        _h.Platform.Update(_meeting, registrant.ExternalId, r => r with { FirstName = "Nataliia", LastName = "Poklonska" });
        var result = await _h.PullAsync(vettedEvent);

        Assert.Equal((1, 0, 1), (result!.Registrants, result.Added, result.Screened));
        Assert.Single(result.NewFlags);
        Assert.Equal(DecisionKind.Review, (await _h.CurrentDecisionAsync(vettedEvent, registrant))?.Kind);
    }

    [Fact]
    public async Task Pull_FieldLongerThanTheStoreTakes_RejectedLeftPendingAndTheOthersStillScreened()
    {
        var hostile = _h.Platform.AddRegistrant(_meeting, new string('A', 2000), "Smith", "a@example.org");
        var clean = _h.Platform.AddRegistrant(_meeting, "Hanna", "Koval", "hanna@example.org");
        var vettedEvent = await _h.DiscoverAsync(_meeting);

        var result = await _h.PullAsync(vettedEvent);

        Assert.Equal((2, 1, 1), (result!.Registrants, result.Rejected, result.Screened));
        Assert.Equal(RegistrantStatus.Pending, _h.Platform.StatusOf(_meeting, hostile.ExternalId));
        Assert.Equal(RegistrantStatus.Approved, _h.Platform.StatusOf(_meeting, clean.ExternalId));
        Assert.Null(await _h.Get<IRegistrantStore>().FindRegistrantAsync(vettedEvent.Id, hostile.ExternalId, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Pull_NoActiveWatchlist_RefusesAndDecidesNothing()
    {
        await using var empty = await WorkflowHarness.StartAsync();
        var meeting = empty.Platform.AddEvent("1", WorkflowHarness.EventStart);
        var registrant = empty.Platform.AddRegistrant(meeting, "Anna", "Becker", "anna@example.org");
        var vettedEvent = await empty.DiscoverAsync(meeting);
        empty.Lists.Clear();

        await Assert.ThrowsAsync<InvalidOperationException>(() => empty.PullAsync(vettedEvent));

        Assert.Null(await empty.CurrentDecisionAsync(vettedEvent, registrant));
        Assert.Empty(empty.Platform.Changes);
    }
}
