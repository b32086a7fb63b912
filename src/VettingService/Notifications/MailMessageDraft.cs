namespace Vetting.Service.Notifications;

/// <summary>A message to send: plain text only, ids and counts, no registrant's personal data.</summary>
internal sealed record MailMessageDraft(IReadOnlyList<string> To, string Subject, string Body);
