using Microsoft.Extensions.Options;
using Vetting.Core.Vetting;

namespace Vetting.Service.Notifications;

/// <summary>Composes reviewer notifications from the store and hands them to the relay.</summary>
internal sealed class ReviewerNotifier(
    IOptions<NotificationOptions> options,
    IEventStore events,
    IDecisionStore decisions,
    IVettingQueries queries,
    IMailSender sender,
    ILogger<ReviewerNotifier> logger) : IReviewerNotifier
{
    public async Task<int> NotifyNewFlagsAsync(Guid eventId, IReadOnlyCollection<Guid> decisionIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(decisionIds);
        if (decisionIds.Count == 0 || !Ready("new-flags", eventId) || await FindAsync(eventId, cancellationToken) is not { } vettedEvent)
        {
            return 0;
        }

        var open = await decisions.ListOpenFlagsAsync(eventId, cancellationToken);
        var (subject, body) = MailComposer.NewFlags(vettedEvent, decisionIds, open.Count, BaseUrl);
        return await SendAsync("new-flags", vettedEvent, Reviewers(vettedEvent), subject, body, cancellationToken);
    }

    public async Task<int> SendDigestAsync(Guid eventId, CancellationToken cancellationToken)
    {
        if (!Ready("digest", eventId) || await FindAsync(eventId, cancellationToken) is not { } vettedEvent)
        {
            return 0;
        }

        var open = await decisions.ListOpenFlagsAsync(eventId, cancellationToken);
        var tallies = await queries.TallyEventsAsync([eventId], cancellationToken);
        var tally = tallies.Count > 0 ? tallies[0] : null;
        var (subject, body) = MailComposer.Digest(vettedEvent, open, tally, BaseUrl);
        return await SendAsync("digest", vettedEvent, Reviewers(vettedEvent), subject, body, cancellationToken);
    }

    public async Task<int> EscalateUnresolvedAsync(Guid eventId, CancellationToken cancellationToken)
    {
        if (!Ready("escalation", eventId) || await FindAsync(eventId, cancellationToken) is not { } vettedEvent)
        {
            return 0;
        }

        var open = await decisions.ListOpenFlagsAsync(eventId, cancellationToken);
        if (open.Count == 0)
        {
            return 0;
        }

        var (subject, body) = MailComposer.Unresolved(vettedEvent, open, BaseUrl);
        return await SendAsync("escalation", vettedEvent, Reviewers(vettedEvent).Concat(options.Value.EscalationRecipients), subject, body, cancellationToken);
    }

    public async Task<int> EscalateFlagAsync(Guid eventId, Guid decisionId, string reviewerId, string note, CancellationToken cancellationToken)
    {
        if (!Ready("flag-escalated", eventId) || await FindAsync(eventId, cancellationToken) is not { } vettedEvent)
        {
            return 0;
        }

        var (subject, body) = MailComposer.Escalated(vettedEvent, decisionId, reviewerId, note, BaseUrl);
        var recipients = options.Value.EscalationRecipients.Count > 0 ? options.Value.EscalationRecipients : Reviewers(vettedEvent);
        return await SendAsync("flag-escalated", vettedEvent, recipients, subject, body, cancellationToken);
    }

    private string BaseUrl => options.Value.PublicBaseUrl ?? "";

    private bool Ready(string kind, Guid eventId)
    {
        if (!options.Value.Enabled)
        {
            NotificationLog.Disabled(logger, kind, eventId);
            return false;
        }

        return true;
    }

    private Task<VettedEvent?> FindAsync(Guid eventId, CancellationToken cancellationToken) => events.GetEventAsync(eventId, cancellationToken);

    private IEnumerable<string> Reviewers(VettedEvent vettedEvent) =>
        options.Value.Reviewers.Concat(options.Value.AccountReviewers.GetValueOrDefault(vettedEvent.Ref.Account) ?? []);

    private async Task<int> SendAsync(
        string kind, VettedEvent vettedEvent, IEnumerable<string> recipients, string subject, string body, CancellationToken cancellationToken)
    {
        var to = recipients.Where(r => !string.IsNullOrWhiteSpace(r)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (to.Count == 0)
        {
            NotificationLog.NoRecipients(logger, kind, vettedEvent.Id);
            return 0;
        }

        try
        {
            await sender.SendAsync(new MailMessageDraft(to, subject, body), cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            NotificationLog.SendFailed(logger, e, kind, vettedEvent.Id);
            throw;
        }

        NotificationLog.Sent(logger, kind, vettedEvent.Id, to.Count);
        return to.Count;
    }
}
