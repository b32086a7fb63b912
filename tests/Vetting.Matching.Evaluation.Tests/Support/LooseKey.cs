using System.Globalization;
using System.Text;
using Vetting.Matching.Evaluation.Tests.Transliteration;

namespace Vetting.Matching.Evaluation.Tests.Support;

/// <summary>
/// A deliberately loose spelling key for one name token, independent of the engine: used to group one person's
/// entries across lists and to keep true namesakes of listed people out of the negatives. Cyrillic goes through
/// ICAO first; diacritics, case and the commonest transliteration differences (kh/h, y/i/j, ts/c, w/v) are folded.
/// </summary>
internal static class LooseKey
{
    private static readonly (string From, string To)[] Folds =
    [
        ("kh", "h"), ("ph", "f"), ("ou", "u"), ("ts", "c"), ("tc", "c"), ("cz", "c"), ("ks", "x"), ("y", "i"),
        ("j", "i"), ("w", "v"), ("ie", "e"), ("ye", "e"), ("ii", "i"),
    ];

    public static string Of(string token)
    {
        var text = token.Any(CyrillicTransliterator.IsCyrillic) ? CyrillicTransliterator.Transliterate(token, CyrillicSystem.Icao9303) : token;
        var letters = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant().Normalize(NormalizationForm.FormD))
        {
            if (char.IsLetter(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                letters.Append(c == 'ı' ? 'i' : c);
            }
        }

        var key = letters.ToString();
        foreach (var (from, to) in Folds)
        {
            key = key.Replace(from, to, StringComparison.Ordinal);
        }

        var collapsed = new StringBuilder(key.Length);
        foreach (var c in key.Where(c => collapsed.Length == 0 || collapsed[^1] != c))
        {
            collapsed.Append(c);
        }

        return collapsed.ToString();
    }
}
