using Bogus;

namespace Vetting.Matching.Benchmarks;

/// <summary>
/// Makes family names from syllables and locale endings, so that a generated million-name list has a realistic
/// number of distinct surnames (Bogus locales ship only a few hundred each).
/// </summary>
internal static class SurnameSynthesizer
{
    private const string CyrillicConsonants = "бвгдзклмнпрстфхцчшж";
    private const string CyrillicVowels = "аеиоуя";
    private const string LatinConsonants = "bcdfghjklmnprstvwz";
    private const string LatinVowels = "aeiou";

    private static readonly string[] RussianMale = ["ов", "ев", "ин", "енко", "ук", "ский", "цкий", "ко", "ич"];
    private static readonly string[] RussianFemale = ["ова", "ева", "ина", "енко", "ук", "ская", "цкая", "ко", "ич"];
    private static readonly Dictionary<string, string[]> LatinEndings = new()
    {
        ["de"] = ["mann", "er", "berg", "stein", "hoff"],
        ["fr"] = ["eau", "ier", "and", "ot", "ard"],
        ["tr"] = ["oglu", "er", "can", "han", "soy"],
        ["es"] = ["ez", "ado", "ero", "illa", "ano"],
        ["pl"] = ["ski", "czyk", "wicz", "ak", "ek"],
        ["en"] = ["son", "ton", "ley", "ford", "well"],
    };

    public static string Cyrillic(Randomizer random, bool female)
    {
        var stem = Syllables(random, CyrillicConsonants, CyrillicVowels, random.Int(1, 3));
        var ending = random.Int(0, RussianMale.Length - 1);
        return char.ToUpperInvariant(stem[0]) + stem[1..] + (female ? RussianFemale[ending] : RussianMale[ending]);
    }

    public static string? Latin(Randomizer random, string locale)
    {
        if (!LatinEndings.TryGetValue(locale, out var endings))
        {
            return null;
        }

        var stem = Syllables(random, LatinConsonants, LatinVowels, random.Int(1, 3));
        return char.ToUpperInvariant(stem[0]) + stem[1..] + random.ArrayElement(endings);
    }

    private static string Syllables(Randomizer random, string consonants, string vowels, int count)
    {
        var chars = new char[count * 2];
        for (var i = 0; i < count; i++)
        {
            chars[2 * i] = consonants[random.Int(0, consonants.Length - 1)];
            chars[(2 * i) + 1] = vowels[random.Int(0, vowels.Length - 1)];
        }

        return new string(chars);
    }
}
