using Vetting.Core.Vetting;

namespace Vetting.Service.Api.Contracts;

/// <summary>One event: its summary and its final-check records (oldest first).</summary>
internal sealed record EventDetail(EventSummary Event, IReadOnlyList<FinalCheckRecord> FinalChecks);
