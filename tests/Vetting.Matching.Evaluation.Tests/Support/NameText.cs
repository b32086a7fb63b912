using System.Text;

namespace Vetting.Matching.Evaluation.Tests.Support;

/// <summary>Small text helpers for building registrant fields from list names.</summary>
internal static class NameText
{
    private static readonly string[] PatronymicEndings =
    [
        "vich", "vych", "vna", "ovich", "evich", "ich", "ichna", "itj", "ogly", "oglu", "kyzy", "вич", "вна", "ична", "оглы", "кызы",
    ];

    public static string[] Tokens(string text) =>
        text.Split([' ', '\u00a0', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static bool IsPatronymic(string token)
    {
        var lower = token.ToLowerInvariant();
        return lower.Length >= 6 && PatronymicEndings.Any(e => lower.EndsWith(e, StringComparison.Ordinal));
    }

    /// <summary>"AKSYONOV" → "Aksyonov", "SEIT-UMAROVICH" → "Seit-Umarovich"; mixed-case text is left alone.</summary>
    public static string TitleCase(string text)
    {
        var letters = text.Where(char.IsLetter).ToList();
        if (letters.Count == 0 || !(letters.All(char.IsUpper) || letters.All(char.IsLower)))
        {
            return text;
        }

        var output = new StringBuilder(text.Length);
        var startOfWord = true;
        foreach (var c in text)
        {
            output.Append(startOfWord ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c));
            startOfWord = c is ' ' or '-' or '(' or '"';
        }

        return output.ToString();
    }

    public static string Join(params IEnumerable<string?> parts) => string.Join(' ', parts.Where(p => !string.IsNullOrWhiteSpace(p)));
}
