namespace Vetting.Matching.Evaluation.Tests.Generation;

/// <summary>
/// One registrant of the evaluation corpus: what they typed into the form, and for positives the list entities that
/// count as the right match (any of them; several when one person is on several lists).
/// </summary>
internal sealed record CorpusCase
{
    /// <summary>Set by <see cref="CorpusBuilder"/>: slice id and a running number.</summary>
    public string Id { get; init; } = "";

    public string Slice { get; init; } = "";

    public string FirstName { get; init; } = "";

    public string LastName { get; init; } = "";

    public string Email { get; init; } = "";

    public string Organization { get; init; } = "";

    public string JobTitle { get; init; } = "";

    public string Country { get; init; } = "";

    /// <summary>Entity ids of which at least one must be among the matches (positives only).</summary>
    public IReadOnlyList<string> Expected { get; init; } = [];

    /// <summary>The list name the case was derived from, or a note on how it was made.</summary>
    public string DerivedFrom { get; init; } = "";

    public RegistrantQuery ToQuery() => new()
    {
        FirstName = FirstName,
        LastName = LastName,
        Email = Email,
        Organization = Organization,
        JobTitle = JobTitle,
        Country = Country,
    };
}
