using System.Text;

namespace Vetting.Matching.Evaluation.Tests.Transliteration;

/// <summary>
/// Longest-match rules from list Latin back to Cyrillic, one set per orthography (see <see cref="LatinToCyrillic"/>).
/// A rule applies when its letters come next and its condition holds; the first applicable rule in list order wins.
/// (Field order matters: <see cref="Tail"/> must be initialised before the sets that spread it.)
/// </summary>
internal static class LatinRules
{
    private const string CyrillicVowels = "аеёиоуыэюяіїє";

    private static readonly Rule[] Common =
    [
        new("shch", "щ"), new("zh", "ж"), new("kh", "х"), new("ch", "ч"), new("sh", "ш"), new("ts", "ц"),
    ];

    private static readonly Rule[] Tail =
    [
        new("x", "кс"), new("w", "в"), new("q", "к"), new("j", "й"), new("'", "ь"), new("’", "ь"),
        new("a", "а"), new("b", "б"), new("d", "д"), new("f", "ф"), new("k", "к"), new("l", "л"), new("m", "м"),
        new("n", "н"), new("o", "о"), new("p", "п"), new("r", "р"), new("s", "с"), new("t", "т"), new("u", "у"),
        new("v", "в"), new("z", "з"),
    ];

    private static readonly Rule[] RussianRules =
    [
        .. Common, new("sch", "щ"), new("tc", "ц"), new("tz", "ц"), new("ph", "ф"),
        new("iy", "ий", c => c.AtEnd), new("ii", "ий", c => c.AtEnd), new("ij", "ий", c => c.AtEnd), new("yy", "ый", c => c.AtEnd),
        new("ye", "е", c => c.AtStart || c.AfterVowel), new("ye", "ье"),
        new("yo", "ё"), new("ya", "я"), new("yu", "ю"), new("ia", "ия"), new("iu", "ию"),
        new("y", "ий", c => c.AtEnd && c.Previous == 'к'), new("y", "й", c => c.AfterVowel), new("y", "ы"),
        new("i", "й", c => c.AtEnd && c.AfterVowel), new("i", "и"),
        new("e", "э", c => c.AtStart && c.WordWithE), new("e", "е"),
        new("c", "ц", c => c.Next is 'e' or 'i' or 'y'), new("c", "к"), new("h", "х"), new("g", "г"),
        .. Tail,
    ];

    private static readonly Rule[] UkrainianRules =
    [
        .. Common, new("zgh", "зг"),
        new("iia", "ія"), new("iiu", "ію"), new("ii", "ій"), new("iy", "ій"),
        new("yi", "ї", c => c.AtStart || c.AfterVowel), new("yi", "ий", c => c.AtEndAfter(2)), new("yi", "иї"),
        new("ye", "є", c => c.AtStart || c.AfterVowel), new("ie", "є", c => !c.AtStart && !c.AfterVowel),
        new("yo", "йо", c => c.AtStart || c.AfterVowel), new("yo", "ьо"), new("io", "ьо", c => !c.AtStart && !c.AfterVowel),
        new("ya", "я"), new("yu", "ю"), new("ia", "я", c => !c.AtStart && !c.AfterVowel), new("iu", "ю", c => !c.AtStart && !c.AfterVowel),
        new("y", "й", c => c.AfterVowel), new("y", "и"), new("i", "і"), new("e", "е"), new("h", "г"), new("g", "ґ"), new("c", "ц"),
        .. Tail,
    ];

    public static string Russian(string word, bool wordWithE) => Apply(word, RussianRules, wordWithE);

    public static string Ukrainian(string word) => Apply(word, UkrainianRules, wordWithE: false);

    private static string Apply(string word, Rule[] rules, bool wordWithE)
    {
        var output = new StringBuilder(word.Length);
        var i = 0;
        while (i < word.Length)
        {
            var rule = rules.FirstOrDefault(r => Applies(r, word, i, output, wordWithE));
            if (rule is null)
            {
                output.Append(word[i]);
                i++;
                continue;
            }

            output.Append(rule.Cyrillic);
            i += rule.Latin.Length;
        }

        return output.ToString();
    }

    private static bool Applies(Rule rule, string word, int i, StringBuilder output, bool wordWithE)
    {
        if (string.CompareOrdinal(word, i, rule.Latin, 0, rule.Latin.Length) != 0)
        {
            return false;
        }

        if (rule.When is null)
        {
            return true;
        }

        var end = i + rule.Latin.Length;
        char? previous = output.Length > 0 ? output[^1] : null;
        var context = new RuleContext(
            AtStart: i == 0,
            AfterVowel: previous is { } p && CyrillicVowels.Contains(p, StringComparison.Ordinal),
            AtEnd: end == word.Length,
            Previous: previous,
            Next: end < word.Length ? word[end] : null,
            WordWithE: wordWithE,
            Remaining: word.Length - i);
        return rule.When(context);
    }

    private sealed record Rule(string Latin, string Cyrillic, Func<RuleContext, bool>? When = null);
}
