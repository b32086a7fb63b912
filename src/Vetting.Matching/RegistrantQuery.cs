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
    /// Country field as typed (name in any language or ISO code). A qualifier only: a country the list gives for a
    /// matched person raises the match a little, another lowers it a little, never below the review line.
    /// </summary>
    public string? Country { get; init; }
}
