namespace Vetting.Connectors.FileImport;

/// <summary>One registrant read from a CSV export, as typed (after removing invisible control characters).</summary>
/// <param name="Row">Data row number, 1 = the first row after the header.</param>
/// <param name="Line">Line of the file the row starts on.</param>
/// <param name="Problem">Why the row cannot be screened, or null when it can.</param>
public sealed record RegistrantCsvRow(int Row, long Line, string Id, string? Problem)
{
    public string FirstName { get; init; } = "";

    public string LastName { get; init; } = "";

    public string Email { get; init; } = "";

    public string Organization { get; init; } = "";

    public string JobTitle { get; init; } = "";

    public string Country { get; init; } = "";

    /// <summary>Notes about the row that did not stop it being screened (e.g. control characters removed).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}
