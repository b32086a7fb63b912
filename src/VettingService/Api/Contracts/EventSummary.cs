using Vetting.Core.Vetting;

namespace Vetting.Service.Api.Contracts;

/// <summary>An upcoming event with its policy and counts.</summary>
internal sealed record EventSummary(
    Guid Id,
    Guid AccountId,
    string Platform,
    string Account,
    string Kind,
    string ExternalId,
    string? OccurrenceId,
    string Topic,
    DateTimeOffset? StartUtc,
    int DurationMinutes,
    string Approval,
    EventPolicy Policy,
    int PolicyRevision,
    int Revision,
    EventCounts Counts);
