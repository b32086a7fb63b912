using System.Text;

namespace Vetting.Matching.Text;

/// <summary>
/// Maps Arabic-script letters (Arabic, Persian, Urdu additions) to the phonemes their usual romanisations produce.
/// Short-vowel marks are read when present; و and ي are consonants (w, y) at the start of a word or before a long
/// vowel, vowels otherwise.
/// </summary>
internal static class ArabicSkeleton
{
    public static bool IsArabic(char c) => c is >= '\u0600' and <= '\u06ff' or >= '\u0750' and <= '\u077f';

    public static void Append(StringBuilder target, string word)
    {
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            var next = i + 1 < word.Length ? word[i + 1] : '\0';
            var first = i == 0;
            target.Append(c switch
            {
                'ا' or 'أ' or 'آ' or 'ى' or 'ة' or 'َ' => "a",
                'إ' or 'ِ' => "i",
                'ُ' => "u",
                'ب' => "b",
                'ت' or 'ط' or 'ث' => "t",
                'ج' => "J",
                'ح' or 'ه' => "h",
                'خ' => "x",
                'د' or 'ض' or 'ذ' => "d",
                'ر' => "r",
                'ز' or 'ظ' => "z",
                'س' or 'ص' => "s",
                'ش' => "S",
                'غ' => "g",
                'ف' => "f",
                'ق' or 'ك' or 'ک' => "k",
                'ل' => "l",
                'م' => "m",
                'ن' => "n",
                'و' => first || next is 'ا' or 'ي' ? "v" : "u",
                'ي' or 'ی' => first || next is 'ا' or 'و' ? "j" : "i",
                'پ' => "p",
                'چ' => "C",
                'ژ' => "Z",
                'گ' => "g",
                >= '٠' and <= '٩' => ((char)('0' + (c - '٠'))).ToString(),
                _ => string.Empty,
            });
        }
    }
}
