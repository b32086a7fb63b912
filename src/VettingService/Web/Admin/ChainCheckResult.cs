using Vetting.Core.Vetting;

namespace Vetting.Service.Web.Admin;

/// <summary>A chain check: the report (up to its head) and when the walk over the whole chain started.</summary>
internal sealed record ChainCheckResult(AuditChainReport Report, DateTimeOffset StartedAt);
