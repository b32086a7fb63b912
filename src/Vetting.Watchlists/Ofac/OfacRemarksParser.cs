using System.Text.RegularExpressions;
using Vetting.Core.Watchlists;
using Vetting.Watchlists.Common;

namespace Vetting.Watchlists.Ofac;

/// <summary>
/// Reads the facts out of the legacy CSV remarks, a <c>;</c>-separated bag such as
/// <c>DOB 26 Nov 1972; POB Balti, Moldova; Passport 639092215 (Russia); a.k.a. 'BNC'.</c> (formats doc §2.2).
/// The remarks text itself is kept whole by the caller; this only adds what the model has fields for. Facts it does
/// not know ("Linked To: ...", "Gender Male", "Additional Sanctions Information - ...") stay in the remarks only.
/// </summary>
internal static partial class OfacRemarksParser
{
    public static void Apply(string remarks, EntityDraft entity)
    {
        var text = remarks.Trim();
        if (text.EndsWith('.'))
        {
            text = text[..^1];
        }

        foreach (var part in text.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            ApplyFact(AltPrefix().Replace(part, ""), entity);
        }
    }

    private static void ApplyFact(string fact, EntityDraft entity)
    {
        if (TryValue(fact, "DOB", out var dob))
        {
            entity.AddBirthDate(BirthDateParser.Parse(dob) ?? new BirthDate(dob));
        }
        else if (TryValue(fact, "POB", out var pob))
        {
            entity.AddBirthPlace(OfacPlaces.Place(pob));
        }
        else if (TryValue(fact, "Nationality of Registration", out var nationality) || TryValue(fact, "nationality", out nationality))
        {
            entity.AddNationality(OfacPlaces.Country(nationality));
        }
        else if (TryValue(fact, "citizen", out var citizen))
        {
            entity.AddCitizenship(OfacPlaces.Country(citizen));
        }
        else if (WeakAlias().Match(fact) is { Success: true } alias)
        {
            entity.AddAlias(alias.Groups["name"].Value, AliasQuality.Weak, OfacNames.AliasTypeOf(alias.Groups["type"].Value));
        }
        else if (TryIdentifier(fact) is { } identifier)
        {
            entity.AddIdentifier(identifier.Type, identifier.Value, identifier.RawType, identifier.Country);
        }
    }

    private static EntityIdentifier? TryIdentifier(string fact)
    {
        // Older rows put the label after the value: "http://www.sanabel.org.uk (website)", "info@sanabel.org.uk (email)".
        var trailing = TrailingLabel().Match(fact);
        if (trailing.Success)
        {
            return OfacIdLabels.Identifier(trailing.Groups["label"].Value, trailing.Groups["value"].Value, null);
        }

        var currency = DigitalCurrency().Match(fact);
        if (currency.Success)
        {
            return OfacIdLabels.Identifier(currency.Groups["label"].Value, currency.Groups["value"].Value, null);
        }

        foreach (var label in OfacIdLabels.RemarkLabels)
        {
            if (TryValue(fact, label, out var value))
            {
                var withCountry = ValueWithCountry().Match(value);
                return withCountry.Success && CountryResolver.TryGetCode(withCountry.Groups["country"].Value) is not null
                    ? OfacIdLabels.Identifier(label, withCountry.Groups["value"].Value, withCountry.Groups["country"].Value)
                    : OfacIdLabels.Identifier(label, value, null);
            }
        }

        return null;
    }

    /// <summary>True when <paramref name="fact"/> is <paramref name="label"/>, a space (or colon) and a value.</summary>
    private static bool TryValue(string fact, string label, out string value)
    {
        value = "";
        if (fact.Length <= label.Length + 1 || !fact.StartsWith(label, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var separator = fact[label.Length];
        if (separator is not (' ' or ':'))
        {
            return false;
        }

        value = fact[(label.Length + 1)..].TrimStart(':', ' ').Trim();
        return value.Length > 0;
    }

    [GeneratedRegex(@"^alt\.\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AltPrefix();

    /// <summary><c>a.k.a. 'BNC'</c>; the name runs to the last quote (<c>a.k.a. 'SUE RC 'KMP''</c>).</summary>
    [GeneratedRegex(@"^(?<type>[afn]\.k\.a\.)\s*'(?<name>.*)'\.?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WeakAlias();

    [GeneratedRegex(@"^(?<value>\S+)\s+\((?<label>website|email)\)\.?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TrailingLabel();

    [GeneratedRegex(@"^(?<label>Digital Currency Address - [A-Za-z0-9]+)\s+(?<value>\S+)$", RegexOptions.CultureInvariant)]
    private static partial Regex DigitalCurrency();

    /// <summary><c>639092215 (Russia)</c>, <c>12345 (Syria) issued 01 Jun 2010</c>.</summary>
    [GeneratedRegex(@"^(?<value>[^()]+?)\s*\((?<country>[^()]+)\)", RegexOptions.CultureInvariant)]
    private static partial Regex ValueWithCountry();
}
