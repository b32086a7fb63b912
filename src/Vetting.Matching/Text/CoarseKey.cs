using System.Text;

namespace Vetting.Matching.Text;

/// <summary>
/// The retrieval key of a skeleton: consonant classes only (vowels and glides dropped; g/h/kh/k, all sibilants
/// and affricates, v/f, m/n each merged), repeats collapsed. Every cheap spelling difference leaves it unchanged,
/// so it is what the inverted index is keyed on.
/// </summary>
internal static class CoarseKey
{
    public static string Build(string skeleton)
    {
        var builder = new StringBuilder(skeleton.Length);
        foreach (var c in skeleton)
        {
            var k = ClassOf(c);
            if (k != '\0' && (builder.Length == 0 || builder[^1] != k))
            {
                builder.Append(k);
            }
        }

        return builder.Length > 0 ? builder.ToString() : "_" + skeleton;
    }

    private static char ClassOf(char c) => c switch
    {
        'a' or 'e' or 'i' or 'o' or 'u' or 'j' or '\'' => '\0',
        'b' => 'B',
        'v' or 'f' or 'w' => 'V',
        'p' => 'P',
        'g' or 'h' or 'x' or 'k' or 'q' => 'K',
        'd' => 'D',
        't' => 'T',
        'z' or 's' or 'c' or 'C' or 'S' or 'Q' or 'Z' or 'J' => 'S',
        'l' => 'L',
        'r' => 'R',
        'm' or 'n' => 'N',
        'y' => '\0',
        _ => c,
    };
}
