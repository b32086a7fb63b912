namespace Vetting.Service.Api.Contracts;

/// <summary>One person to screen ad hoc. Sent in the body, never in the URL.</summary>
internal sealed record PersonQuery(
    string? FirstName = null,
    string? LastName = null,
    string? Email = null,
    string? Organization = null,
    string? JobTitle = null,
    string? Country = null);
