namespace Vetting.Service.Notifications;

/// <summary>
/// E-mails an event's reviewers. Messages name the event, counts and links to the flags, never a registrant's name or
/// e-mail. Each method returns how many recipients the message went to (0 when notifications are off or nobody is
/// configured) and throws when the relay refuses, so a job can retry.
/// </summary>
internal interface IReviewerNotifier
{
    /// <summary>New flags were raised for the event (the decisions are the flags).</summary>
    Task<int> NotifyNewFlagsAsync(Guid eventId, IReadOnlyCollection<Guid> decisionIds, CancellationToken cancellationToken);

    /// <summary>Before the final check: what is still open for the event.</summary>
    Task<int> SendDigestAsync(Guid eventId, CancellationToken cancellationToken);

    /// <summary>At the final check: flags still unresolved go to the escalation recipients too. Nothing is sent when none are open.</summary>
    Task<int> EscalateUnresolvedAsync(Guid eventId, CancellationToken cancellationToken);

    /// <summary>A reviewer escalated one flag, with a note for the escalation recipients.</summary>
    Task<int> EscalateFlagAsync(Guid eventId, Guid decisionId, string reviewerId, string note, CancellationToken cancellationToken);
}
