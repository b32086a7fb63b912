using System.Globalization;
using Vetting.Core.Vetting;

namespace Vetting.Service.Notifications;

/// <summary>
/// What reviewer notifications were sent, kept in the audit log (subject <c>notification</c>, one record per key) so a
/// retried or repeated job does not send a message twice and the secretariat can show when reviewers were told.
/// A message is recorded after the relay accepted it: a crash in that instant sends it once more rather than never.
/// </summary>
internal sealed class NotificationLedger(IAuditLog audit)
{
    public const string SubjectType = "notification";

    public static string NewFlagKey(Guid decisionId) => $"new-flag:{decisionId:N}";

    /// <summary>One digest per event start (a moved event gets a new digest).</summary>
    public static string DigestKey(Guid eventId, DateTimeOffset start) =>
        string.Create(CultureInfo.InvariantCulture, $"digest:{eventId:N}:{start.UtcDateTime:yyyyMMddTHHmm}");

    /// <summary>One escalation per recorded final check.</summary>
    public static string EscalationKey(string finalCheckKey) => "escalation:" + finalCheckKey;

    public async Task<bool> WasSentAsync(string key, CancellationToken cancellationToken) =>
        (await audit.ListForSubjectAsync(SubjectType, key, cancellationToken)).Any(e => e.Kind == AuditKind.NotificationSent);

    public Task RecordAsync(string key, string kind, Guid eventId, int recipients, CancellationToken cancellationToken) =>
        audit.AppendAsync(
            new AuditDraft(AuditKind.NotificationSent, AuditDraft.SystemActor, SubjectType, key, new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["kind"] = kind,
                ["event"] = eventId.ToString("N"),
                ["recipients"] = recipients.ToString(CultureInfo.InvariantCulture),
            }),
            cancellationToken);
}
