using System.Text.RegularExpressions;
using Vetting.Core.Watchlists;
using Vetting.Watchlists.Common;

namespace Vetting.Watchlists.Ofac;

/// <summary>
/// Tells OFAC's open-text id labels (classic <c>idType</c>, Enhanced feature and document types, CSV remark labels)
/// that name an identifier ("Passport", "Tax ID No.", "Email Address", "Legal Entity Number") from those that only
/// carry information ("Secondary sanctions risk:", "Listing Date (CMIC)", "Target Type", "Gender"), which go to the
/// remarks.
/// </summary>
internal static partial class OfacIdLabels
{
    /// <summary>
    /// Labels that introduce a fact in the CSV remarks bag, longest first so that "Registration Number" wins over
    /// "Registration". The list follows the idType vocabulary of sdn.xml; unknown labels stay in the remarks only.
    /// </summary>
    public static readonly string[] RemarkLabels = new[]
    {
        "Passport", "Tax ID No.", "National ID No.", "Email Address", "Website", "Registration Number",
        "Registration ID", "Public Registration Number", "Business Registration Number", "Business Registration Document #",
        "Commercial Registry Number", "Company Number", "Government Gazette Number", "Legal Entity Number",
        "Unified Social Credit Code (USCC)", "SWIFT/BIC", "BIK (RU)", "ISIN", "IMO", "MMSI",
        "Vessel Registration Identification", "Identification Number", "Cedula No.", "R.F.C.", "RFC", "C.U.R.P.",
        "D.N.I.", "C.U.I.T.", "V.A.T. Number", "NIT #", "RUC #", "SSN", "Driver's License No.", "Trade License No.",
        "C.R. No.", "Phone Number", "Phone No.", "Telephone No.", "Telephone", "Fax", "Residency Number",
        "Personal ID Card", "Matricula Mercantil No", "Folio Mercantil No.", "Credencial electoral", "Equity Ticker",
    }.OrderByDescending(l => l.Length).ToArray();

    /// <summary>The identifier type a label names, or null when the label only carries information.</summary>
    public static IdentifierType? IdentifierTypeOf(string label)
    {
        var l = label.Trim();
        if (l.Length == 0 || IsInformation(l))
        {
            return null;
        }

        var type = IdentifierTypes.FromLabel(l);
        if (type != IdentifierType.Other)
        {
            return type;
        }

        return IdentifierLike().IsMatch(l) ? IdentifierType.Other : null;
    }

    /// <summary>
    /// An identifier from a label and OFAC's value text. A value that starts with "IMO" is an IMO number whatever the
    /// label ("Vessel Registration Identification IMO 9187629", "Company Number IMO 5123456").
    /// </summary>
    public static EntityIdentifier? Identifier(string label, string? value, string? country)
    {
        if (IdentifierTypeOf(label) is not { } type || string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var v = value.Trim();
        var imo = ImoValue().Match(v);
        if (imo.Success)
        {
            type = IdentifierType.Imo;
            v = imo.Groups[1].Value;
        }

        return new EntityIdentifier(type, v) { Country = OfacPlaces.IdentifierCountry(country), RawType = label.Trim() };
    }

    private static bool IsInformation(string label) =>
        label.EndsWith(':') || label.EndsWith('-') || label.StartsWith("Nationality", StringComparison.OrdinalIgnoreCase)
        || InformationWords().IsMatch(label);

    [GeneratedRegex(@"\b(date|information|determination|risk|target type|gender|issuer name|organization type|sanctions|linked to|transactions)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InformationWords();

    [GeneratedRegex(@"(\bNo\b\.?|\bNumber\b|\bID\b|\bCode\b|#|\bISIN\b|\bBIK\b|\bTicker\b|\bLicense\b|\bSSN\b|\bRFC\b|^(?:[A-Z]\.){2,}|\bCedula\b|\bMatricula\b|\bCredencial\b)",
        RegexOptions.CultureInvariant)]
    private static partial Regex IdentifierLike();

    [GeneratedRegex(@"^IMO\s*(\d{5,9})$", RegexOptions.CultureInvariant)]
    private static partial Regex ImoValue();
}
