using System.Text;

namespace Vetting.Matching.Benchmarks;

/// <summary>Cyrillic → Latin in a few of the systems lists use, for generating Latin aliases of generated Cyrillic names.</summary>
internal static class Transliterator
{
    private static readonly Dictionary<char, string> Bgn = Table("a b v g d ye yo zh z i y k l m n o p r s t u f kh ts ch sh shch  y  e yu ya");
    private static readonly Dictionary<char, string> Icao = Table("a b v g d e e zh z i i k l m n o p r s t u f kh ts ch sh shch ie y  e iu ia");
    private static readonly Dictionary<char, string> German = Table("a b w g d e jo sch s i i k l m n o p r s t u f ch z tsch sch schtsch  y  e ju ja");

    public static string Convert(string text, int system)
    {
        var table = system switch
        {
            0 => Bgn,
            1 => Icao,
            _ => German,
        };
        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            var lower = char.ToLowerInvariant(c);
            var mapped = lower switch
            {
                'і' => "i",
                'ї' => "yi",
                'є' => "ye",
                'ґ' => "g",
                'е' when system == 0 && builder.Length == 0 => "ye",
                _ => table.TryGetValue(lower, out var value) ? value : lower.ToString(),
            };
            if (mapped.Length > 0 && char.IsUpper(c))
            {
                mapped = char.ToUpperInvariant(mapped[0]) + mapped[1..];
            }

            builder.Append(mapped);
        }

        return builder.ToString();
    }

    private static Dictionary<char, string> Table(string spec)
    {
        const string letters = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя";
        var values = spec.Split(' ');
        var table = new Dictionary<char, string>();
        for (var i = 0; i < letters.Length; i++)
        {
            table[letters[i]] = i < values.Length ? values[i] : string.Empty;
        }

        return table;
    }
}
