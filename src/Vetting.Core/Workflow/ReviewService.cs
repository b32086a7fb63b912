using Microsoft.Extensions.Logging;
using Vetting.Core.Platforms;
using Vetting.Core.Vetting;

namespace Vetting.Core.Workflow;

/// <summary>
/// What reviewers do with flags, for the API and UI: confirm a match (deny or cancel on the platform), clear it (a
/// clearance for each open match, reused on later screenings until the list entry changes; approve where the policy
/// auto-approves), and release a confirmed match with a second reviewer's approval (four eyes). The decision and its
/// platform action are recorded together; the per-account enforcement job applies the action (within its interval).
/// Each call is idempotent per <c>requestId</c>; rule violations throw <see cref="VettingRuleException"/>.
/// </summary>
public sealed class ReviewService(
    IEventStore events,
    IRegistrantStore registrants,
    IScreeningStore screenings,
    IDecisionStore decisions,
    IReleaseStore releases,
    ILogger<ReviewService> logger)
{
    /// <summary>Confirms that the registrant is the listed party: the decision, with a deny (pending) or cancel (admitted) action.</summary>
    /// <param name="registrantId">The registrant.</param>
    /// <param name="entityId">The list entity confirmed (one of the latest screening's matches), or null.</param>
    /// <param name="reviewer">The reviewer's user id.</param>
    /// <param name="reason">Why (ids, not names).</param>
    /// <param name="requestId">The submission's idempotency key: a double submit records one decision.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public async Task<RecordedDecision> ConfirmAsync(
        Guid registrantId, string? entityId, string reviewer, string reason, string requestId, CancellationToken cancellationToken)
    {
        var (vettedEvent, registrant) = await LoadAsync(registrantId, cancellationToken);
        if (entityId is not null)
        {
            var latest = await screenings.GetLatestScreeningAsync(registrantId, cancellationToken);
            if (latest is null || !latest.Matches.Any(m => string.Equals(m.EntityId, entityId, StringComparison.Ordinal)))
            {
                throw new VettingRuleException($"entity {entityId} is not a match of registrant {registrantId:N}'s latest screening");
            }
        }

        var decision = NewDecision.ByReviewer(registrantId, DecisionKind.Confirmed, reviewer, reason, requestId, entityId);
        var action = ActionPlanning.For(DecisionKind.Confirmed, vettedEvent.Policy, registrant);
        return await RecordAsync(decision, action, cancellationToken);
    }

    /// <summary>
    /// Clears the registrant: "not the listed party" for every open match of the latest screening, stored as clearances,
    /// with an approve action where the event's policy auto-approves clean registrants.
    /// </summary>
    /// <exception cref="VettingRuleException">Nothing to clear (no screening or no open match), or the match is confirmed.</exception>
    public async Task<RecordedDecision> ClearAsync(
        Guid registrantId, string reviewer, string reason, string requestId, CancellationToken cancellationToken)
    {
        var (vettedEvent, registrant) = await LoadAsync(registrantId, cancellationToken);
        var latest = await screenings.GetLatestScreeningAsync(registrantId, cancellationToken)
                     ?? throw new VettingRuleException($"registrant {registrantId:N} has not been screened: nothing to clear");
        var open = latest.Matches.Where(m => m.ClearanceId is null).Select(m => new EntityRef(m.EntityId, m.EntityFingerprint)).Distinct().ToList();
        if (open.Count == 0 && latest.Decision != Matching.Decision.Review)
        {
            throw new VettingRuleException($"registrant {registrantId:N} has no open match to clear");
        }

        var decision = NewDecision.ByReviewer(registrantId, DecisionKind.Dismissed, reviewer, reason, requestId, open.FirstOrDefault()?.EntityId, open);
        var action = ActionPlanning.For(DecisionKind.Dismissed, vettedEvent.Policy, registrant);
        return await RecordAsync(decision, action, cancellationToken);
    }

    /// <summary>First reviewer: asks to release a confirmed match (returns the pending request if there is one).</summary>
    public Task<ReleaseRequest> RequestReleaseAsync(Guid confirmedDecisionId, string reviewer, string reason, CancellationToken cancellationToken) =>
        releases.RequestReleaseAsync(confirmedDecisionId, reviewer, reason, cancellationToken);

    /// <summary>
    /// Second, different reviewer: approves the release and records the <see cref="DecisionKind.Released"/> decision. The
    /// registration stays refused on the platform: re-admitting someone is the organiser's act there.
    /// </summary>
    public async Task<RecordedDecision> ApproveReleaseAsync(Guid requestId, string approver, string reason, CancellationToken cancellationToken)
    {
        var recorded = await releases.ApproveReleaseAsync(requestId, approver, reason, cancellationToken);
        Log.ReviewerDecided(logger, recorded.Decision.Id, recorded.Decision.Kind, recorded.Created);
        return recorded;
    }

    /// <summary>Turns a pending release down (or withdraws it, by the requester); the confirmation stands.</summary>
    public Task<ReleaseRequest> RejectReleaseAsync(Guid requestId, string reviewer, string reason, CancellationToken cancellationToken) =>
        releases.RejectReleaseAsync(requestId, reviewer, reason, cancellationToken);

    private async Task<(VettedEvent Event, VettedRegistrant Registrant)> LoadAsync(Guid registrantId, CancellationToken cancellationToken)
    {
        var registrant = await registrants.GetRegistrantAsync(registrantId, cancellationToken)
                         ?? throw new VettingRuleException($"no registrant {registrantId:N}");
        if (registrant.PurgedAt is not null)
        {
            throw new VettingRuleException($"registrant {registrantId:N} was purged after the event; nothing to review");
        }

        var vettedEvent = await events.GetEventAsync(registrant.EventId, cancellationToken)
                          ?? throw new VettingRuleException($"no event {registrant.EventId:N}");
        return (vettedEvent, registrant);
    }

    private async Task<RecordedDecision> RecordAsync(NewDecision decision, PlatformActionKind? action, CancellationToken cancellationToken)
    {
        var recorded = await decisions.RecordDecisionAsync(decision, action, cancellationToken);
        Log.ReviewerDecided(logger, recorded.Decision.Id, recorded.Decision.Kind, recorded.Created);
        return recorded;
    }
}
