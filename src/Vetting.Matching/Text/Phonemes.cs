namespace Vetting.Matching.Text;

/// <summary>
/// The alphabet of phonetic skeletons. Plain Latin letters stand for themselves (<c>x</c> is the sound of Cyrillic
/// <c>х</c>/kh, <c>c</c> of <c>ц</c>/ts, <c>j</c> a glide); upper-case letters are single symbols for sounds that
/// transliteration systems spell with several letters.
/// </summary>
internal static class Phonemes
{
    /// <summary>ч: ch, tch, tsch, č, ç.</summary>
    public const char Ch = 'C';

    /// <summary>ш: sh, ch (French), sch (German), š, ş.</summary>
    public const char Sh = 'S';

    /// <summary>щ: shch, schtsch, chtch, ŝ.</summary>
    public const char Shch = 'Q';

    /// <summary>ж: zh, j (French), sch (German), ž.</summary>
    public const char Zh = 'Z';

    /// <summary>дж: dzh, dj, j (English), c (Crimean Tatar).</summary>
    public const char Dzh = 'J';

    /// <summary>Soft or hard sign, apostrophe: becomes a glide before a vowel, otherwise disappears.</summary>
    public const char Soft = '\'';

    public static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    public static bool IsConsonant(char c) => !IsVowel(c) && c != 'j' && c != Soft && char.IsLetter(c);
}
