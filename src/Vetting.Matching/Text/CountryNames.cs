using System.Collections.Frozen;
using System.Globalization;

namespace Vetting.Matching.Text;

/// <summary>
/// Turns what a registrant typed into the country field ("UA", "Ukraine", "Україна", "Russian Federation") into an
/// ISO 3166 alpha-2 code, from the names .NET knows for every region (English, native and display names, the
/// two- and three-letter codes) plus the official long forms registration forms use. Unknown text gives null.
/// </summary>
internal static class CountryNames
{
    private static readonly (string Name, string Code)[] LongForms =
    [
        ("russian federation", "RU"), ("united states of america", "US"), ("usa", "US"), ("uk", "GB"),
        ("great britain", "GB"), ("iran, islamic republic of", "IR"), ("islamic republic of iran", "IR"),
        ("syrian arab republic", "SY"), ("korea, democratic people's republic of", "KP"), ("dprk", "KP"),
        ("republic of moldova", "MD"), ("moldova, republic of", "MD"), ("belarus, republic of", "BY"),
    ];

    private static readonly Lazy<FrozenDictionary<string, string>> Names = new(Build);

    public static string? ToCode(string? text)
    {
        var key = Normalise(text);
        return key.Length == 0 ? null : Names.Value.GetValueOrDefault(key);
    }

    private static FrozenDictionary<string, string> Build()
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
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

            var code = region.TwoLetterISORegionName;
            if (code.Length != 2 || !char.IsAsciiLetterUpper(code[0]) || !char.IsAsciiLetterUpper(code[1]))
            {
                continue;
            }

            foreach (var name in new[] { code, region.ThreeLetterISORegionName, region.EnglishName, region.NativeName, region.DisplayName })
            {
                names.TryAdd(Normalise(name), code);
            }
        }

        foreach (var (name, code) in LongForms)
        {
            names.TryAdd(Normalise(name), code);
        }

        names.Remove(string.Empty);
        return names.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static string Normalise(string? text)
    {
        var cleaned = TextCleaner.Clean(text).Trim().Normalize(System.Text.NormalizationForm.FormD);
        var builder = new System.Text.StringBuilder(cleaned.Length);
        foreach (var c in cleaned)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }
}
