using System.Globalization;
using System.Text;

namespace Vetting.Matching.Text;

/// <summary>
/// Reads a lower-case Latin word written in any of the systems lists and passports use (ISO 9, GOST 7.79 B,
/// BGN/PCGN, ICAO 9303, Ukrainian KMU-55, German, French, Polish, Turkish and Crimean Tatar letters, common
/// Arabic romanisations) and writes its phonemes, so that every spelling of one sound becomes one symbol.
/// </summary>
internal static class LatinSkeleton
{
    // Longest spellings first. Each entry: spelling, phoneme(s).
    private static readonly (string Spelling, string Phoneme)[] Graphemes =
    [
        ("schtsch", "Q"), ("shtch", "Q"), ("chtch", "Q"), ("shch", "Q"), ("sch", "S"),
        ("tsch", "C"), ("dzh", "J"), ("dsh", "J"), ("tch", "C"), ("tsh", "C"),
        ("ch", "C"), ("cz", "C"), ("sh", "S"), ("sz", "S"), ("zh", "Z"), ("kh", "x"), ("gh", "g"), ("ph", "f"),
        ("th", "t"), ("dh", "d"), ("ts", "c"), ("tz", "c"), ("tc", "c"), ("dj", "J"), ("ou", "u"),
    ];

    /// <summary><see cref="Graphemes"/> grouped by first letter, longest first.</summary>
    private static readonly (string Spelling, string Phoneme)[]?[] ByFirstLetter = GroupGraphemes();

    public static void Append(StringBuilder target, string word)
    {
        var folded = Fold(word);
        var i = 0;
        while (i < folded.Length)
        {
            var c = folded[i];
            if (TryGrapheme(folded, i, out var length, out var phoneme))
            {
                target.Append(phoneme);
                i += length;
                continue;
            }

            target.Append(Single(folded, i));
            i++;
        }
    }

    private static (string Spelling, string Phoneme)[]?[] GroupGraphemes()
    {
        var groups = new (string, string)[]?[128];
        foreach (var group in Graphemes.GroupBy(g => g.Spelling[0]))
        {
            groups[group.Key] = [.. group.OrderByDescending(g => g.Spelling.Length)];
        }

        return groups;
    }

    private static bool TryGrapheme(string word, int index, out int length, out string phoneme)
    {
        var first = word[index];
        if (first < 128 && ByFirstLetter[first] is { } candidates)
        {
            var rest = word.AsSpan(index);
            foreach (var (spelling, value) in candidates)
            {
                if (rest.StartsWith(spelling, StringComparison.Ordinal))
                {
                    length = spelling.Length;
                    phoneme = value;
                    return true;
                }
            }
        }

        // French "gu" before e/i/y is a hard g (Guéorgui, Sergueï).
        if (word[index] == 'g' && index + 2 < word.Length && word[index + 1] == 'u' && word[index + 2] is 'e' or 'i' or 'y')
        {
            length = 2;
            phoneme = "g";
            return true;
        }

        // "ck" is k (German, English) except in Slavic adjective endings, where c is ц: Plotnickij, Balicka.
        if (word[index] == 'c' && index + 1 < word.Length && word[index + 1] == 'k')
        {
            length = 2;
            phoneme = SlavicEnding(word, index + 2) ? "ck" : "k";
            return true;
        }

        // Nordic "tj" at the end of a word is ч (Konstantinovitj).
        if (word[index] == 't' && index + 2 == word.Length && word[index + 1] == 'j')
        {
            length = 2;
            phoneme = "C";
            return true;
        }

        length = 0;
        phoneme = string.Empty;
        return false;
    }

    private static bool SlavicEnding(string word, int start) =>
        word.AsSpan(start) is "i" or "ij" or "iy" or "ii" or "y" or "yi" or "yj" or "yy" or "a" or "aja" or "aya" or "aia" or "ogo" or "ich";

    private static string Single(string word, int index)
    {
        var c = word[index];
        var next = index + 1 < word.Length ? word[index + 1] : '\0';
        return c switch
        {
            'y' => Phonemes.IsVowel(next) ? "j" : "i",
            'c' => next is 'e' or 'i' or 'y' ? "c" : "k",
            'q' => "k",
            'w' => "v",
            'x' => "ks",
            '\'' => "'",
            _ => c.ToString(),
        };
    }

    /// <summary>Maps letters with their own sound (č, ş, ž, ğ, ı, ł...) and strips the remaining diacritics.</summary>
    internal static string Fold(string word)
    {
        var builder = new StringBuilder(word.Length + 2);
        foreach (var c in word)
        {
            var special = Special(c);
            if (special is not null)
            {
                builder.Append(special);
                continue;
            }

            if (c < 128)
            {
                builder.Append(c);
                continue;
            }

            foreach (var d in c.ToString().Normalize(NormalizationForm.FormD))
            {
                if (CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark)
                {
                    builder.Append(char.ToLowerInvariant(d));
                }
            }
        }

        return builder.ToString();
    }

    private static string? Special(char c) => c switch
    {
        'ç' or 'č' or 'ć' or 'ĉ' => "C",
        'ş' or 'š' or 'ș' => "S",
        'ŝ' => "Q",
        'ž' or 'ż' => "Z",
        'ź' => "z",
        'ğ' => "g",
        'ı' or 'İ' => "i",
        'ñ' => "n",
        'ł' => "l",
        'ø' => "o",
        'æ' => "ae",
        'œ' => "oe",
        'ß' => "s",
        'đ' => "J",
        'ð' => "d",
        'þ' => "t",
        'ţ' or 'ț' => "c",
        _ => null,
    };
}
