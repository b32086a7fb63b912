using Vetting.Core.Vetting;
using Vetting.Core.Workflow;
using Vetting.Service.Api.Contracts;
using Vetting.Service.Notifications;

namespace Vetting.Service.Api.Review;

/// <summary>
/// What a reviewer does with a flag, for the API: clear it (a dismissal that stores clearances for the matched entries),
/// confirm it (deny or cancel on the platform), escalate it; and the four-eyes release of a confirmed match. Decisions
/// go through the workflow's <see cref="ReviewService"/>; this adds the check that there is a flag to decide, the
/// clearances granted, and escalation (audit record and e-mail).
/// </summary>
internal sealed class ReviewActions(
    ReviewService reviews,
    IDecisionStore decisions,
    IClearanceStore clearances,
    IAuditLog audit,
    IReviewerNotifier notifier,
    ILogger<ReviewActions> logger)
{
    /// <summary>Dismisses the registrant's open matches: "not the listed party". Each matched entry gets a clearance.</summary>
    public async Task<DecisionResult> ClearAsync(VettedRegistrant registrant, string reviewer, string justification, string requestId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(registrant);
        await RequireDecidableAsync(registrant, requestId, cancellationToken);
        var recorded = await reviews.ClearAsync(registrant.Id, reviewer, justification, requestId, cancellationToken);
        var granted = registrant.IdentityFingerprint is { } identity
            ? (await clearances.ListForIdentityAsync(identity, cancellationToken)).Where(c => c.DecisionId == recorded.Decision.Id).Select(c => c.Id).ToList()
            : [];
        return new DecisionResult(recorded.Decision, recorded.Action, granted, recorded.Created);
    }

    /// <summary>Confirms a match: the registrant is the listed party. Denied (pending) or cancelled (approved) on the platform.</summary>
    public async Task<DecisionResult> ConfirmAsync(
        VettedRegistrant registrant, string reviewer, string justification, string? entityId, string requestId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(registrant);
        await RequireDecidableAsync(registrant, requestId, cancellationToken);
        var recorded = await reviews.ConfirmAsync(registrant.Id, entityId, reviewer, justification, requestId, cancellationToken);
        return new DecisionResult(recorded.Decision, recorded.Action, [], recorded.Created);
    }

    /// <summary>Escalates the open flag: recorded in the audit log, and the escalation recipients are e-mailed.</summary>
    public async Task<EscalationResult> EscalateAsync(VettedRegistrant registrant, string reviewer, string note, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(registrant);
        ArgumentException.ThrowIfNullOrWhiteSpace(note);
        var current = await RequireDecidableAsync(registrant, null, cancellationToken);
        if (!current.Kind.IsUnresolved())
        {
            throw new VettingRuleException($"the registrant's current decision is {current.Kind}; only an open flag is escalated");
        }

        var entry = await audit.AppendAsync(
            new AuditDraft(AuditKind.FlagEscalated, reviewer, "decision", current.Id.ToString("N"),
                new Dictionary<string, string>(StringComparer.Ordinal) { ["registrant"] = registrant.Id.ToString("N"), ["event"] = registrant.EventId.ToString("N") }),
            cancellationToken);
        var notified = 0;
        try
        {
            notified = await notifier.EscalateFlagAsync(registrant.EventId, current.Id, reviewer, note, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The escalation stands in the audit log; the relay's failure is logged by the notifier.
            ApiLog.EscalationMailFailed(logger, current.Id);
        }

        return new EscalationResult(current.Id, entry.Sequence, notified);
    }

    public Task<ReleaseRequest> RequestReleaseAsync(Guid confirmedDecisionId, string reviewer, string reason, CancellationToken cancellationToken) =>
        reviews.RequestReleaseAsync(confirmedDecisionId, reviewer, reason, cancellationToken);

    public async Task<DecisionResult> ApproveReleaseAsync(Guid requestId, string reviewer, string reason, CancellationToken cancellationToken)
    {
        var recorded = await reviews.ApproveReleaseAsync(requestId, reviewer, reason, cancellationToken);
        return new DecisionResult(recorded.Decision, recorded.Action, [], recorded.Created);
    }

    public Task<ReleaseRequest> RejectReleaseAsync(Guid requestId, string reviewer, string reason, CancellationToken cancellationToken) =>
        reviews.RejectReleaseAsync(requestId, reviewer, reason, cancellationToken);

    /// <summary>
    /// The registrant's current decision, when a reviewer may decide on it: an open flag or an automatic block. The same
    /// submission sent again (<paramref name="requestId"/> of the current decision) passes, so it returns what it recorded.
    /// </summary>
    private async Task<VettingDecision> RequireDecidableAsync(VettedRegistrant registrant, string? requestId, CancellationToken cancellationToken)
    {
        if (registrant.PurgedAt is not null)
        {
            throw new VettingRuleException("the registrant's personal data was purged; nothing is left to decide");
        }

        var current = registrant.CurrentDecisionId is { } id ? await decisions.GetDecisionAsync(id, cancellationToken) : null;
        if (current is not null && requestId is not null && current.IdempotencyKey == "reviewer:" + requestId)
        {
            return current;
        }

        if (current is null || current.Kind is not (DecisionKind.Review or DecisionKind.BlockProposed or DecisionKind.Block))
        {
            throw new VettingRuleException(
                $"the registrant's current decision is {current?.Kind.ToString() ?? "none"}; a reviewer decides flags (Review, BlockProposed) and automatic blocks");
        }

        return current;
    }
}
