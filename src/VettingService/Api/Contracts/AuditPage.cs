using Vetting.Core.Vetting;

namespace Vetting.Service.Api.Contracts;

/// <summary>Audit records after a sequence number; <see cref="NextAfter"/> continues the paging (null at the end).</summary>
internal sealed record AuditPage(IReadOnlyList<AuditEntry> Entries, long? NextAfter);
