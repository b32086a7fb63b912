using System.Collections.Frozen;
using System.Globalization;

namespace Vetting.Watchlists.Common;

/// <summary>
/// Maps a language as lists state it (EU <c>nameLanguage</c> "UK", UK <c>NonLatinScriptLanguage</c> "Ukrainian",
/// an ISO 639-2 code "ukr") to a lower-case ISO 639-1 code ("uk"); null when it cannot be recognised.
/// </summary>
internal static class LanguageCodes
{
    private static readonly FrozenDictionary<string, string> ByName = BuildTable();

    public static string? Normalise(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        return ByName.TryGetValue(raw.Trim().ToLowerInvariant(), out var code) ? code : null;
    }

    private static FrozenDictionary<string, string> BuildTable()
    {
        var table = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var culture in CultureInfo.GetCultures(CultureTypes.NeutralCultures))
        {
            var code = culture.TwoLetterISOLanguageName.ToLowerInvariant();
            if (code.Length != 2 || culture.Equals(CultureInfo.InvariantCulture))
            {
                continue;
            }

            table.TryAdd(code, code);
            table.TryAdd(culture.ThreeLetterISOLanguageName.ToLowerInvariant(), code);
            table.TryAdd(culture.EnglishName.ToLowerInvariant(), code);
        }

        return table.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
