using System.Collections.Frozen;

namespace Vetting.Matching.Text;

/// <summary>
/// Repairs words that mix look-alike letters of two scripts (a Latin <c>o</c> in a Cyrillic word, a Cyrillic
/// <c>С</c> in a Latin word, Greek capitals in Latin text): the letters of the minority script that have a
/// look-alike in the majority script are replaced by it.
/// </summary>
internal static class Homoglyphs
{
    private const string LatinSide = "AaBCcEeHKkMOoPpTXxYyIiJjSsd";
    private const string CyrillicSide = "АаВСсЕеНКкМОоРрТХхУуІіЈјЅѕԁ";
    private const string GreekSide = "ΑΒΕΖΗΙΚΜΝΟΡΤΥΧοικνρτυχ";
    private const string GreekToLatin = "ABEZHIKMNOPTYXoikvptux";

    private static readonly FrozenDictionary<char, char> ToCyrillic = Pairs(LatinSide, CyrillicSide);
    private static readonly FrozenDictionary<char, char> ToLatin = Pairs(CyrillicSide, LatinSide)
        .Concat(Pairs(GreekSide, GreekToLatin))
        .Concat([new('Ӏ', 'l'), new('ӏ', 'l'), new('ԛ', 'q'), new('ԝ', 'w')])
        .ToFrozenDictionary();

    /// <summary>Returns the word with look-alike letters moved into the word's majority script.</summary>
    public static string Fold(string word)
    {
        int latin = 0, cyrillic = 0, greek = 0;
        foreach (var c in word)
        {
            switch (ScriptOf(c))
            {
                case 'L': latin++; break;
                case 'C': cyrillic++; break;
                case 'G': greek++; break;
            }
        }

        var mixed = (latin > 0 ? 1 : 0) + (cyrillic > 0 ? 1 : 0) + (greek > 0 ? 1 : 0) > 1;
        if (!mixed)
        {
            return word;
        }

        var target = cyrillic > latin + greek ? ToCyrillic : ToLatin;
        var chars = word.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (target.TryGetValue(chars[i], out var replacement) && ScriptOf(chars[i]) != (target == ToCyrillic ? 'C' : 'L'))
            {
                chars[i] = replacement;
            }
        }

        return new string(chars);
    }

    private static char ScriptOf(char c) => c switch
    {
        >= 'A' and <= 'Z' or >= 'a' and <= 'z' => 'L',
        >= '\u00c0' and <= '\u024f' or >= '\u1e00' and <= '\u1eff' => 'L',
        >= '\u0400' and <= '\u052f' => 'C',
        >= '\u0370' and <= '\u03ff' => 'G',
        _ => '-',
    };

    private static FrozenDictionary<char, char> Pairs(string from, string to) =>
        from.Zip(to).ToFrozenDictionary(p => p.First, p => p.Second);
}
