using System.Text;

namespace Vetting.Matching.Text;

/// <summary>Maps Cyrillic letters (Russian, Ukrainian, Belarusian, plus common letters of other Cyrillic alphabets) to phonemes.</summary>
internal static class CyrillicSkeleton
{
    public static void Append(StringBuilder target, string word, CyrillicLanguage language)
    {
        foreach (var c in word)
        {
            target.Append(Map(c, language));
        }
    }

    public static bool IsCyrillic(char c) => c is >= '\u0400' and <= '\u052f';

    /// <summary>Guesses the orthography from letters only Ukrainian or Belarusian use.</summary>
    public static CyrillicLanguage Detect(string text)
    {
        foreach (var c in text)
        {
            switch (c)
            {
                case 'і' or 'ї' or 'є' or 'ґ' or 'І' or 'Ї' or 'Є' or 'Ґ':
                    return text.Contains('ў', StringComparison.Ordinal) || text.Contains('Ў', StringComparison.Ordinal)
                        ? CyrillicLanguage.Belarusian
                        : CyrillicLanguage.Ukrainian;
                case 'ў' or 'Ў':
                    return CyrillicLanguage.Belarusian;
            }
        }

        return CyrillicLanguage.Russian;
    }

    private static string Map(char c, CyrillicLanguage language) => char.ToLowerInvariant(c) switch
    {
        'а' => "a",
        'б' => "b",
        'в' => "v",
        'г' => language == CyrillicLanguage.Russian ? "g" : "h",
        'ґ' => "g",
        'д' => "d",
        'е' => "e",
        'ё' => "jo",
        'є' => "je",
        'ж' => "Z",
        'з' => "z",
        'и' => "i",
        'і' => "i",
        'ї' => "ji",
        'й' => "j",
        'к' => "k",
        'л' => "l",
        'м' => "m",
        'н' => "n",
        'о' => "o",
        'п' => "p",
        'р' => "r",
        'с' => "s",
        'т' => "t",
        'у' => "u",
        'ў' => "v",
        'ф' => "f",
        'х' => "x",
        'ц' => "c",
        'ч' => "C",
        'ш' => "S",
        'щ' => "Q",
        'ъ' or 'ь' => "'",
        'ы' => "i",
        'э' => "e",
        'ю' => "ju",
        'я' => "ja",
        'ђ' or 'џ' or 'җ' => "J",
        'ј' => "j",
        'љ' => "lj",
        'њ' => "nj",
        'ћ' => "C",
        'ѕ' => "dz",
        'ә' => "a",
        'ғ' => "g",
        'қ' => "k",
        'ң' => "n",
        'ө' => "o",
        'ұ' or 'ү' => "u",
        'һ' => "h",
        _ => string.Empty,
    };
}
