namespace Vetting.Core.Platforms;

/// <summary>One registration for an event, mapped at the connector boundary. Holds personal data: never log it.</summary>
/// <param name="ExternalId">The platform's registrant id (opaque).</param>
/// <param name="FirstName">Given name as typed.</param>
/// <param name="LastName">Family name as typed, when given.</param>
/// <param name="Email">E-mail address as typed.</param>
/// <param name="Organisation">Organisation or company, when asked.</param>
/// <param name="JobTitle">Job title, when asked.</param>
/// <param name="Country">Country as typed: an ISO code or a name.</param>
/// <param name="Status">Current state on the platform.</param>
/// <param name="RegisteredAt">When the registration was made, when the platform tells.</param>
/// <param name="Answers">Other form answers that help screening (custom questions, industry, address).</param>
public sealed record PlatformRegistrant(
    string ExternalId,
    string FirstName,
    string? LastName,
    string Email,
    string? Organisation,
    string? JobTitle,
    string? Country,
    RegistrantStatus Status,
    DateTimeOffset? RegisteredAt,
    IReadOnlyList<RegistrantAnswer> Answers)
{
    /// <summary>First and last name joined by a space, for matching.</summary>
    public string FullName => string.IsNullOrWhiteSpace(LastName) ? FirstName : FirstName + " " + LastName;
}
