using System.Text;

namespace Vetting.Matching.Evaluation.Tests.Support;

/// <summary>
/// The consonants of a name, for comparing Arabic- or Persian-script names with their Latin list spellings: Arabic
/// writes no short vowels, so "سعيد عارف" is a namesake of "Said ARIF" and must not count as a false alert. Vowel
/// letters, alef, hamza, ain, waw and ya are dropped on both sides; digraphs fold to one consonant.
/// </summary>
internal static class ConsonantSkeleton
{
    private static readonly Dictionary<char, char> Arabic = new()
    {
        ['ب'] = 'b', ['ت'] = 't', ['ث'] = 't', ['ج'] = 'j', ['ح'] = 'h', ['خ'] = 'h', ['د'] = 'd', ['ذ'] = 'd', ['ر'] = 'r',
        ['ز'] = 'z', ['س'] = 's', ['ش'] = 's', ['ص'] = 's', ['ض'] = 'd', ['ط'] = 't', ['ظ'] = 'z', ['غ'] = 'g', ['ف'] = 'f',
        ['ق'] = 'k', ['ك'] = 'k', ['ک'] = 'k', ['ل'] = 'l', ['م'] = 'm', ['ن'] = 'n', ['ه'] = 'h', ['ة'] = 'h', ['پ'] = 'p',
        ['چ'] = 'c', ['ژ'] = 'z', ['گ'] = 'g',
    };

    private static readonly (string From, string To)[] LatinFolds =
    [
        ("kh", "h"), ("sh", "s"), ("th", "t"), ("dh", "d"), ("gh", "g"), ("ch", "c"), ("ph", "f"), ("q", "k"), ("x", "ks"), ("ck", "k"),
    ];

    public static bool IsArabicScript(string text) => text.Any(c => c is >= '\u0600' and <= '\u06FF');

    public static string Of(string token)
    {
        var output = new StringBuilder(token.Length);
        if (IsArabicScript(token))
        {
            foreach (var c in token)
            {
                if (Arabic.TryGetValue(c, out var latin))
                {
                    output.Append(latin);
                }
            }
        }
        else
        {
            var text = token.ToLowerInvariant();
            foreach (var (from, to) in LatinFolds)
            {
                text = text.Replace(from, to, StringComparison.Ordinal);
            }

            output.Append(text.Where(c => c is >= 'a' and <= 'z' && "aeiouyw".IndexOf(c, StringComparison.Ordinal) < 0).ToArray());
        }

        var collapsed = new StringBuilder(output.Length);
        foreach (var c in output.ToString().Where(c => collapsed.Length == 0 || collapsed[^1] != c))
        {
            collapsed.Append(c);
        }

        return collapsed.ToString();
    }
}
