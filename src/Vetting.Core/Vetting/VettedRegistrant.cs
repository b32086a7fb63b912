using Vetting.Core.Platforms;
using Vetting.Matching;

namespace Vetting.Core.Vetting;

/// <summary>
/// One registration as stored for screening: only the fields the matcher reads, plus fingerprints. Holds personal data
/// (never log it) until the retention purge, which nulls every personal field and sets <see cref="PurgedAt"/>.
/// </summary>
/// <param name="Id">Store id: use it in job arguments and audit records.</param>
/// <param name="EventId">The event registered for.</param>
/// <param name="ExternalId">The platform's registrant id (opaque, kept after the purge so actions can still be applied).</param>
/// <param name="FirstName">Given name as typed.</param>
/// <param name="LastName">Family name as typed.</param>
/// <param name="Email">E-mail address as typed.</param>
/// <param name="Organisation">Organisation as typed.</param>
/// <param name="JobTitle">Job title as typed.</param>
/// <param name="Country">Country as typed.</param>
/// <param name="Status">Last status read from the platform.</param>
/// <param name="ContentFingerprint">Hash of the screened fields: a new value means the registrant must be screened again.</param>
/// <param name="IdentityFingerprint">Hash of the normalised name and e-mail: the key clearances are reused under.</param>
/// <param name="FirstSeenAt">When the registration was first stored.</param>
/// <param name="UpdatedAt">When the stored row last changed.</param>
/// <param name="PurgedAt">When personal data was removed; null before.</param>
/// <param name="CurrentDecisionId">The latest decision, if any.</param>
/// <param name="Revision">Optimistic concurrency token.</param>
public sealed record VettedRegistrant(
    Guid Id,
    Guid EventId,
    string ExternalId,
    string? FirstName,
    string? LastName,
    string? Email,
    string? Organisation,
    string? JobTitle,
    string? Country,
    RegistrantStatus Status,
    string? ContentFingerprint,
    string? IdentityFingerprint,
    DateTimeOffset FirstSeenAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? PurgedAt,
    Guid? CurrentDecisionId,
    int Revision)
{
    /// <summary>What the matcher screens; empty after the purge.</summary>
    public RegistrantQuery ToQuery() => new()
    {
        FirstName = FirstName,
        LastName = LastName,
        Email = Email,
        Organization = Organisation,
        JobTitle = JobTitle,
        Country = Country,
    };
}
