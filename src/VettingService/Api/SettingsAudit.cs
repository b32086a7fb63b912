using Vetting.Core.Vetting;

namespace Vetting.Service.Api;

/// <summary>Audit records of changes to users and API keys (ids and roles only).</summary>
internal static class SettingsAudit
{
    public static Task<AuditEntry> AppendAsync(
        IAuditLog audit, string actor, string subjectType, string subjectId, string change, string role, CancellationToken cancellationToken) =>
        audit.AppendAsync(
            new AuditDraft(AuditKind.SettingChanged, actor, subjectType, subjectId,
                new Dictionary<string, string>(StringComparer.Ordinal) { ["change"] = change, ["role"] = role }),
            cancellationToken);
}
