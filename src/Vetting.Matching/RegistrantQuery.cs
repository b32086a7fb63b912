namespace Vetting.Matching;

/// <summary>
/// What a registrant typed into a registration form. Every field is optional. Names may be in any script, swapped
/// between the two name fields, or typed whole into one of them.
/// </summary>
public sealed record RegistrantQuery
{
    /// <summary>First-name field as typed.</summary>
    public string? FirstName { get; init; }

    /// <summary>Last-name field as typed.</summary>
    public string? LastName { get; init; }

    /// <summary>E-mail address as typed.</summary>
    public string? Email { get; init; }

    /// <summary>Organisation field as typed.</summary>
    public string? Organization { get; init; }

    /// <summary>Job-title field as typed.</summary>
    public string? JobTitle { get; init; }

    /// <summary>
    /// Country field as typed (name or code). Checked for length only: where a registrant says they live is no
    /// evidence for or against being a listed person, so the matcher does not score on it.
    /// </summary>
    public string? Country { get; init; }
}
