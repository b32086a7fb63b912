using Vetting.Core.Vetting;

namespace Vetting.Service.Api.Contracts;

/// <summary>A registrant of an event as typed (personal data: shown to signed-in users only) with the current decision.</summary>
internal sealed record RegistrantItem(
    Guid Id,
    Guid EventId,
    string ExternalId,
    string? FirstName,
    string? LastName,
    string? Email,
    string? Organisation,
    string? JobTitle,
    string? Country,
    string Status,
    bool Purged,
    VettingDecision? Decision);
