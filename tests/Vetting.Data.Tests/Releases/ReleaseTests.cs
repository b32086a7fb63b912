using Vetting.Core.Platforms;
using Vetting.Core.Vetting;
using Vetting.Data.Tests.Support;

namespace Vetting.Data.Tests.Releases;

public abstract class ReleaseTests<TDatabase>(TDatabase database) : IClassFixture<TDatabase>
    where TDatabase : TestDatabase
{
    private readonly Scenario _scenario = new(database);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ApproveRelease_BySameReviewerWhoAsked_IsRefused()
    {
        var confirmed = await ConfirmedAsync();
        var releases = database.Get<IReleaseStore>();
        var request = await releases.RequestReleaseAsync(confirmed.Id, "rev-alice", "the ministry confirmed a namesake", Token);

        var refused = await Assert.ThrowsAsync<VettingRuleException>(
            () => releases.ApproveReleaseAsync(request.Id, "REV-ALICE", "approving my own request", Token));

        Assert.Contains("four eyes", refused.Message, StringComparison.Ordinal);
        Assert.Contains(await releases.ListPendingReleasesAsync(Token), r => r.Id == request.Id);
    }

    [Fact]
    public async Task ApproveRelease_BySecondReviewer_RecordsReleaseOnceAndMakesItCurrent()
    {
        var confirmed = await ConfirmedAsync();
        var releases = database.Get<IReleaseStore>();
        var request = await releases.RequestReleaseAsync(confirmed.Id, "rev-alice", "namesake", Token);
        var sameRequest = await releases.RequestReleaseAsync(confirmed.Id, "rev-alice", "namesake", Token);

        var approved = await releases.ApproveReleaseAsync(request.Id, "rev-bob", "checked the passport copy", Token);
        var again = await releases.ApproveReleaseAsync(request.Id, "rev-bob", "checked the passport copy", Token);

        Assert.Equal(request.Id, sameRequest.Id);
        Assert.True(approved.Created);
        Assert.False(again.Created);
        Assert.Equal(approved.Decision.Id, again.Decision.Id);
        Assert.Equal(DecisionKind.Released, approved.Decision.Kind);
        Assert.Equal("rev-bob", approved.Decision.DecidedBy);
        var registrant = await database.Get<IRegistrantStore>().GetRegistrantAsync(confirmed.RegistrantId, Token);
        Assert.Equal(approved.Decision.Id, registrant!.CurrentDecisionId); // not null: stored
        Assert.DoesNotContain(await releases.ListPendingReleasesAsync(Token), r => r.Id == request.Id);
        var audit = await database.Get<IAuditLog>().ListForSubjectAsync("release", request.Id.ToString("N"), Token);
        Assert.Equal([AuditKind.ReleaseRequested, AuditKind.ReleaseApproved], audit.Select(a => a.Kind));
    }

    [Fact]
    public async Task RecordDecision_AutomaticOrDismissalOnConfirmedMatch_IsRefused()
    {
        var confirmed = await ConfirmedAsync();
        var registrant = (await database.Get<IRegistrantStore>().GetRegistrantAsync(confirmed.RegistrantId, Token))!; // not null: stored
        var rescreened = await database.Get<IScreeningStore>().SaveScreeningAsync(
            Scenario.Screening(registrant, new ListVersionSet([KeyValuePair.Create("ofac-sdn", "0002-20260310T000000Z")])), Token);
        var decisions = database.Get<IDecisionStore>();

        await Assert.ThrowsAsync<VettingRuleException>(() => decisions.RecordDecisionAsync(
            NewDecision.Automatic(rescreened.Value, DecisionKind.Clear, "no match on the new list"), PlatformActionKind.Approve, Token));
        await Assert.ThrowsAsync<VettingRuleException>(() => decisions.RecordDecisionAsync(
            NewDecision.ByReviewer(registrant.Id, DecisionKind.Dismissed, "rev-carol", "not them", "req-x-" + registrant.Id), null, Token));
        Assert.Equal(confirmed.Id, (await database.Get<IRegistrantStore>().GetRegistrantAsync(registrant.Id, Token))!.CurrentDecisionId);
    }

    [Fact]
    public async Task RequestRelease_DecisionIsNotAConfirmation_IsRefused()
    {
        var (_, _, flag) = await _scenario.FlaggedAsync();

        await Assert.ThrowsAsync<VettingRuleException>(
            () => database.Get<IReleaseStore>().RequestReleaseAsync(flag.Decision.Id, "rev-alice", "release", Token));
    }

    [Fact]
    public async Task RejectRelease_ThenNewRequest_IsPending()
    {
        var confirmed = await ConfirmedAsync();
        var releases = database.Get<IReleaseStore>();
        var first = await releases.RequestReleaseAsync(confirmed.Id, "rev-alice", "namesake", Token);

        var rejected = await releases.RejectReleaseAsync(first.Id, "rev-bob", "the passport numbers match", Token);
        var second = await releases.RequestReleaseAsync(confirmed.Id, "rev-alice", "new evidence", Token);

        Assert.Equal(ReleaseState.Rejected, rejected.State);
        Assert.NotEqual(first.Id, second.Id);
        Assert.Equal(ReleaseState.Pending, second.State);
        await Assert.ThrowsAsync<VettingRuleException>(() => releases.ApproveReleaseAsync(first.Id, "rev-bob", "late", Token));
    }

    private async Task<VettingDecision> ConfirmedAsync()
    {
        var (registrant, screening, _) = await _scenario.FlaggedAsync();
        var confirmed = await database.Get<IDecisionStore>().RecordDecisionAsync(
            NewDecision.ByReviewer(registrant.Id, DecisionKind.Confirmed, "rev-alice", "same date of birth", "req-" + screening.Id,
                screening.Matches[0].EntityId),
            PlatformActionKind.Deny, Token);
        return confirmed.Decision;
    }
}
