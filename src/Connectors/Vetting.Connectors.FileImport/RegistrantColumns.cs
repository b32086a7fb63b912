namespace Vetting.Connectors.FileImport;

/// <summary>
/// Which header names feed which registrant field: our own (<c>first_name</c>...) and Zoom's registrant report
/// (<c>First Name</c>, <c>Country/Region</c>...), matched case-insensitively and ignoring spaces, dashes and underscores.
/// </summary>
internal static class RegistrantColumns
{
    public const string Id = "id";
    public const string FirstName = "firstname";
    public const string LastName = "lastname";
    public const string Email = "email";
    public const string Organization = "organization";
    public const string JobTitle = "jobtitle";
    public const string Country = "country";

    private static readonly Dictionary<string, string> Aliases = new(StringComparer.Ordinal)
    {
        ["id"] = Id, ["registrantid"] = Id,
        ["firstname"] = FirstName, ["givenname"] = FirstName,
        ["lastname"] = LastName, ["surname"] = LastName, ["familyname"] = LastName,
        ["email"] = Email, ["emailaddress"] = Email,
        ["organization"] = Organization, ["organisation"] = Organization, ["org"] = Organization,
        ["jobtitle"] = JobTitle, ["title"] = JobTitle,
        ["country"] = Country, ["country/region"] = Country, ["countryregion"] = Country,
    };

    /// <summary>The field a header name feeds, or null for a column screening does not use.</summary>
    public static string? FieldFor(string header)
    {
        var key = new string(header.Trim().TrimStart('\uFEFF').Where(c => c is not (' ' or '_' or '-')).ToArray()).ToLowerInvariant();
        return Aliases.GetValueOrDefault(key);
    }
}
