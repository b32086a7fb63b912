namespace Vetting.Service.Api.Contracts;

/// <summary>An open flag of the review queue: the registrant's current decision waiting for a reviewer.</summary>
internal sealed record FlagItem(
    Guid DecisionId,
    Guid RegistrantId,
    Guid EventId,
    string EventTopic,
    DateTimeOffset? EventStartUtc,
    string Kind,
    DateTimeOffset FlaggedAt,
    string RegistrantName,
    double Score,
    IReadOnlyList<string> EntityIds,
    bool Escalated);
