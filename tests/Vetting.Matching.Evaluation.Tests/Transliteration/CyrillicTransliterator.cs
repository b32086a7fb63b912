using System.Text;

namespace Vetting.Matching.Evaluation.Tests.Transliteration;

/// <summary>
/// Writes Russian, Ukrainian or Belarusian Cyrillic in one of the Latin systems of <see cref="TransliterationTables"/>.
/// Word by word: letter pairs first, then the word ending, then each letter in its context. Letter case follows the
/// source word (all capitals, capitalised or lower case); characters that are not Cyrillic letters pass through.
/// </summary>
internal static class CyrillicTransliterator
{
    private const string Vowels = "аеёиоуыэюяіїє";
    private const string FrontVowels = "еёийыэіїєюя";
    private const string Sibilants = "жчшщ";

    public static string Transliterate(string text, CyrillicSystem system)
    {
        var table = TransliterationTables.All[system];
        var output = new StringBuilder(text.Length + 8);
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && IsWordChar(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                output.Append(Word(text[start..i], table));
                start = -1;
            }

            if (!inWord && i < text.Length)
            {
                output.Append(text[i]);
            }
        }

        return output.ToString();
    }

    public static bool IsCyrillic(char c) => c is >= '\u0400' and <= '\u04FF';

    private static bool IsWordChar(char c) => IsCyrillic(c) || c is '\'' or '’' or 'ʼ';

    private static string Word(string word, TransliterationTable table)
    {
        var lower = word.ToLowerInvariant().Replace("'", "", StringComparison.Ordinal)
            .Replace("’", "", StringComparison.Ordinal).Replace("ʼ", "", StringComparison.Ordinal);
        var ending = table.Endings
            .Where(e => lower.Length > e.Key.Length && lower.EndsWith(e.Key, StringComparison.Ordinal))
            .OrderByDescending(e => e.Key.Length)
            .FirstOrDefault();
        var body = ending.Key is null ? lower : lower[..^ending.Key.Length];
        var latin = new StringBuilder(body.Length + 4);
        for (var i = 0; i < body.Length; i++)
        {
            if (i + 1 < body.Length && table.Pairs.TryGetValue(body.Substring(i, 2), out var pair))
            {
                latin.Append(pair);
                i++;
                continue;
            }

            var c = body[i];
            if (!table.Letters.TryGetValue(c, out var rendering))
            {
                latin.Append(c);
                continue;
            }

            char? previous = i > 0 ? lower[i - 1] : null;
            char? next = i + 1 < lower.Length ? lower[i + 1] : null;
            latin.Append(Pick(rendering, previous, next));
        }

        latin.Append(ending.Value);
        return MatchCase(latin.ToString(), word);
    }

    private static string Pick(LetterRendering r, char? previous, char? next)
    {
        var afterVowel = previous is { } p && (Vowels.Contains(p, StringComparison.Ordinal) || p is 'й' or 'ъ' or 'ь');
        var beforeVowel = next is { } n && Vowels.Contains(n, StringComparison.Ordinal);
        return (previous is null ? r.Initial : null)
            ?? (afterVowel ? r.AfterVowel : null)
            ?? (previous is { } s && Sibilants.Contains(s, StringComparison.Ordinal) ? r.AfterSibilant : null)
            ?? (afterVowel && beforeVowel && previous is not ('й' or 'ъ' or 'ь') ? r.BetweenVowels : null)
            ?? (next is { } f && FrontVowels.Contains(f, StringComparison.Ordinal) ? r.BeforeFrontVowel : null)
            ?? (beforeVowel ? r.BeforeVowel : null)
            ?? r.Default;
    }

    private static string MatchCase(string latin, string source)
    {
        var letters = source.Where(char.IsLetter).ToList();
        if (latin.Length == 0 || letters.Count == 0)
        {
            return latin;
        }

        if (letters.Count > 1 && letters.All(char.IsUpper))
        {
            return latin.ToUpperInvariant();
        }

        return char.IsUpper(letters[0]) ? char.ToUpperInvariant(latin[0]) + latin[1..] : latin;
    }
}
