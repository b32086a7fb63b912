using Microsoft.Extensions.Options;
using Vetting.Core.Vetting;
using Vetting.Core.Workflow;
using Vetting.Service.Jobs;

namespace Vetting.Service.Notifications;

/// <summary>
/// Tells reviewers what needs them, once: open flags of upcoming events nobody was mailed about yet, a digest when the
/// event's final check is <see cref="NotificationOptions.DigestLead"/> away, and an escalation when a recorded final
/// check left flags unresolved that are still open. Works from the store, never from a job's memory, so flags raised
/// by a job that crashed before it could notify are still announced on the next sweep.
/// </summary>
internal sealed class ReviewerNotificationSweep(
    IOptions<NotificationOptions> options,
    IOptions<JobsOptions> jobs,
    IEventStore events,
    IDecisionStore decisions,
    IFinalCheckStore finalChecks,
    IReviewerNotifier notifier,
    NotificationLedger ledger,
    TimeProvider time)
{
    public async Task<NotificationSweepResult> RunAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled)
        {
            return NotificationSweepResult.None;
        }

        var now = time.GetUtcNow();
        var upcoming = await events.ListEventsStartingAsync(
            now - RegistrantPullService.RunningGrace, now + RegistrantPullService.Horizon, cancellationToken);
        var result = NotificationSweepResult.None;
        foreach (var vettedEvent in upcoming.Where(e => e.PersonalDataPurgedAt is null))
        {
            var newFlags = await NewFlagsAsync(vettedEvent, cancellationToken);
            var digest = await DigestAsync(vettedEvent, now, cancellationToken);
            var escalation = await EscalateAsync(vettedEvent, now, cancellationToken);
            result = new NotificationSweepResult(result.NewFlagMessages + newFlags, result.Digests + digest, result.Escalations + escalation);
        }

        return result;
    }

    private async Task<int> NewFlagsAsync(VettedEvent vettedEvent, CancellationToken cancellationToken)
    {
        var unannounced = new List<Guid>();
        foreach (var flag in await decisions.ListOpenFlagsAsync(vettedEvent.Id, cancellationToken))
        {
            if (!await ledger.WasSentAsync(NotificationLedger.NewFlagKey(flag.Id), cancellationToken))
            {
                unannounced.Add(flag.Id);
            }
        }

        if (unannounced.Count == 0)
        {
            return 0;
        }

        var recipients = await notifier.NotifyNewFlagsAsync(vettedEvent.Id, unannounced, cancellationToken);
        if (recipients == 0)
        {
            return 0;
        }

        foreach (var id in unannounced)
        {
            await ledger.RecordAsync(NotificationLedger.NewFlagKey(id), "new-flags", vettedEvent.Id, recipients, CancellationToken.None);
        }

        return 1;
    }

    private async Task<int> DigestAsync(VettedEvent vettedEvent, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (vettedEvent.StartUtc is not { } start)
        {
            return 0;
        }

        var finalCheckAt = start - jobs.Value.FinalCheckBefore;
        if (finalCheckAt <= now || finalCheckAt - options.Value.DigestLead > now || await HasFinalCheckAsync(vettedEvent, cancellationToken) is not null)
        {
            return 0;
        }

        var key = NotificationLedger.DigestKey(vettedEvent.Id, start);
        return await SendOnceAsync(key, "digest", vettedEvent.Id, () => notifier.SendDigestAsync(vettedEvent.Id, cancellationToken), cancellationToken);
    }

    private async Task<int> EscalateAsync(VettedEvent vettedEvent, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (vettedEvent.StartUtc is not { } start || start - jobs.Value.FinalCheckBefore > now
            || await HasFinalCheckAsync(vettedEvent, cancellationToken) is not { UnresolvedFlags: > 0 } check)
        {
            return 0;
        }

        var key = NotificationLedger.EscalationKey(check.IdempotencyKey);
        return await SendOnceAsync(key, "escalation", vettedEvent.Id, () => notifier.EscalateUnresolvedAsync(vettedEvent.Id, cancellationToken), cancellationToken);
    }

    /// <summary>The final check recorded for the event's current start, if any.</summary>
    private async Task<FinalCheckRecord?> HasFinalCheckAsync(VettedEvent vettedEvent, CancellationToken cancellationToken)
    {
        var key = FinalCheckService.KeyFor(vettedEvent.Id, vettedEvent.StartUtc);
        return (await finalChecks.ListFinalChecksAsync(vettedEvent.Id, cancellationToken))
            .FirstOrDefault(c => string.Equals(c.IdempotencyKey, key, StringComparison.Ordinal));
    }

    private async Task<int> SendOnceAsync(string key, string kind, Guid eventId, Func<Task<int>> send, CancellationToken cancellationToken)
    {
        if (await ledger.WasSentAsync(key, cancellationToken))
        {
            return 0;
        }

        var recipients = await send();
        if (recipients == 0)
        {
            return 0;
        }

        await ledger.RecordAsync(key, kind, eventId, recipients, CancellationToken.None);
        return 1;
    }
}
