using System.Collections.Frozen;
using System.Globalization;
using Vetting.Core.Watchlists;

namespace Vetting.Watchlists.Common;

/// <summary>
/// Maps a country as lists write it ("Russia", "Russian Federation", "Korea, North", "RU", "ua-cri") to a
/// <see cref="CountryRef"/> with its ISO 3166-1 alpha-2 code where one can be derived; the raw text is always kept.
/// </summary>
internal static class CountryResolver
{
    private static readonly FrozenDictionary<string, string> ByName = BuildNameTable();

    public static CountryRef Resolve(string raw)
    {
        var text = raw.Trim();
        return new CountryRef(text) { Code = TryGetCode(text) };
    }

    /// <summary>The alpha-2 code (upper case) or an OpenSanctions extension such as <c>UA-CRI</c>, or null.</summary>
    public static string? TryGetCode(string text)
    {
        var key = Normalise(text);
        if (key.Length == 0)
        {
            return null;
        }

        if (ByName.TryGetValue(key, out var code))
        {
            return code;
        }

        // OpenSanctions extensions: "ua-cri", "ge-ab" ...
        if (key.Length is 5 or 6 && key[2] == '-' && ByName.ContainsKey(key[..2]))
        {
            return key.ToUpperInvariant();
        }

        return null;
    }

    private static string Normalise(string text) =>
        text.Trim().Trim('.').Replace("  ", " ", StringComparison.Ordinal).ToLowerInvariant();

    private static FrozenDictionary<string, string> BuildNameTable()
    {
        var table = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var culture in CultureInfo.GetCultures(CultureTypes.SpecificCultures))
        {
            RegionInfo region;
            try
            {
                region = new RegionInfo(culture.Name);
            }
            catch (ArgumentException)
            {
                continue;
            }

            if (region.TwoLetterISORegionName.Length != 2 || !char.IsLetter(region.TwoLetterISORegionName[0]))
            {
                continue;
            }

            var code = region.TwoLetterISORegionName.ToUpperInvariant();
            table.TryAdd(Normalise(region.EnglishName), code);
            table.TryAdd(code.ToLowerInvariant(), code);
            table.TryAdd(region.ThreeLetterISORegionName.ToLowerInvariant(), code);
        }

        foreach (var (name, code) in CountryAliases.All)
        {
            table[Normalise(name)] = code;
        }

        return table.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
