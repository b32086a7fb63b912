using Vetting.Core.Watchlists;
using Vetting.Watchlists.Common;

namespace Vetting.Watchlists.Ofac;

/// <summary>Countries and places as OFAC writes them in remarks, idCountry, POB and address fields.</summary>
internal static class OfacPlaces
{
    /// <summary>A country name ("Russia", "Korea, North"); the code is set when the name is known.</summary>
    public static CountryRef Country(string raw) => CountryResolver.Resolve(raw);

    /// <summary>
    /// A place of birth ("Balti, Moldova", "Simferopol, Crimea", "Russia"): the raw text is kept whole and the code
    /// comes from the whole text or, failing that, from its last comma-separated part (OFAC writes the country last).
    /// </summary>
    public static CountryRef Place(string raw)
    {
        var text = raw.Trim();
        var code = CountryResolver.TryGetCode(text);
        if (code is null)
        {
            var comma = text.LastIndexOf(',');
            if (comma >= 0)
            {
                code = CountryResolver.TryGetCode(text[(comma + 1)..]);
            }
        }

        return new CountryRef(text) { Code = code };
    }

    /// <summary>The country of an identifier: its code when known, else the text as OFAC wrote it.</summary>
    public static string? IdentifierCountry(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        return CountryResolver.TryGetCode(raw) ?? raw.Trim();
    }
}
