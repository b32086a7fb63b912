using System.Text;

namespace Vetting.Matching.Evaluation.Tests.Transliteration;

/// <summary>
/// Rebuilds a plausible Cyrillic original from a list's Latin spelling of a Russian or Ukrainian name (OFAC's legacy
/// CSV has no original script). The list spellings mix BGN, ICAO, KMU-55 and ad-hoc forms, so this is a reconstruction,
/// not an inverse: "Menyailo" becomes Меняило, not Меняйло. It is good enough to seed the other systems' spellings.
/// </summary>
internal static class LatinToCyrillic
{
    private static readonly HashSet<string> UkrainianGivenNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "oleksandr", "oleksandra", "oleksiy", "oleksii", "serhiy", "serhii", "andriy", "andrii", "oleh", "mykola",
        "volodymyr", "vasyl", "mykhaylo", "mykhailo", "petro", "pavlo", "yevhen", "dmytro", "hennadiy", "hennadii",
        "ihor", "taras", "bohdan", "vladyslav", "olena", "tetiana", "tetyana", "nataliia", "iryna", "svitlana",
        "liudmyla", "lyudmyla", "hanna", "kateryna", "olha", "oksana", "yevheniy", "yevhenii", "hryhoriy", "hryhorii",
    };

    private static readonly HashSet<string> RussianWordsWithE = new(StringComparer.OrdinalIgnoreCase)
    {
        "eduard", "eduardovich", "eduardovna", "emil", "elvira", "eldar", "elmira", "ernest", "erik", "emma", "elmir",
    };

    /// <summary>Ukrainian when a token has a Ukrainian patronymic ending, a Ukrainian given name or a bare h.</summary>
    public static CyrillicLanguage Detect(IEnumerable<string> tokens)
    {
        foreach (var raw in tokens)
        {
            var token = raw.ToLowerInvariant();
            if (UkrainianGivenNames.Contains(token)
                || token.EndsWith("ovych", StringComparison.Ordinal) || token.EndsWith("ivna", StringComparison.Ordinal)
                || token.EndsWith("ivych", StringComparison.Ordinal) || BareH(token))
            {
                return CyrillicLanguage.Ukrainian;
            }
        }

        return CyrillicLanguage.Russian;
    }

    public static string Convert(string latin, CyrillicLanguage language)
    {
        var output = new StringBuilder(latin.Length);
        foreach (var part in SplitKeepingSeparators(latin))
        {
            output.Append(part.Length > 0 && char.IsLetter(part[0]) ? Word(part, language) : part);
        }

        return output.ToString();
    }

    private static bool BareH(string token)
    {
        for (var i = 0; i < token.Length; i++)
        {
            if (token[i] == 'h' && (i == 0 || "kzcsg".IndexOf(token[i - 1], StringComparison.Ordinal) < 0))
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<string> SplitKeepingSeparators(string text)
    {
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || !(char.IsLetter(text[i]) || text[i] is '\'' or '’'))
            {
                if (i > start)
                {
                    yield return text[start..i];
                }

                if (i < text.Length)
                {
                    yield return text[i].ToString();
                }

                start = i + 1;
            }
        }
    }

    private static string Word(string word, CyrillicLanguage language)
    {
        var w = word.ToLowerInvariant();
        var cyrillic = language == CyrillicLanguage.Ukrainian ? LatinRules.Ukrainian(w) : LatinRules.Russian(w, RussianWordsWithE.Contains(w));
        return MatchCase(cyrillic, word);
    }

    private static string MatchCase(string cyrillic, string source)
    {
        if (cyrillic.Length == 0)
        {
            return cyrillic;
        }

        var letters = source.Where(char.IsLetter).ToList();
        if (letters.Count > 1 && letters.All(char.IsUpper))
        {
            return cyrillic.ToUpperInvariant();
        }

        return char.IsUpper(source[0]) ? char.ToUpperInvariant(cyrillic[0]) + cyrillic[1..] : cyrillic;
    }
}
