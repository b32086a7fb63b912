using Vetting.Core.Vetting;

namespace Vetting.Service.Web.Admin;

/// <summary>A chain check and when it started (records appended after that are not covered).</summary>
internal sealed record ChainCheckResult(AuditChainReport Report, DateTimeOffset StartedAt);
