namespace Vetting.Service.Api.Contracts;

/// <summary>An escalated flag: the audit record and how many people were notified.</summary>
internal sealed record EscalationResult(Guid DecisionId, long AuditSequence, int Notified);
