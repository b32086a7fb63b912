using System.Text.RegularExpressions;

namespace Vetting.Matching.Evaluation.Tests.Generation;

/// <summary>The Arabic-name spelling variants of research doc §3 that apply to one name (first field, last field).</summary>
internal static partial class ArabicVariants
{
    private const string Vowels = "aeiouAEIOU";
    private const string ShortVowels = "aiu";

    private static readonly HashSet<string> Markers = new(StringComparer.OrdinalIgnoreCase)
    {
        "al", "el", "bin", "ibn", "ben", "bint", "abu", "abou", "abd", "abdul", "abdel", "abdallah", "abdullah", "muhammad",
        "mohammed", "mohamed", "mohammad", "ahmad", "ahmed", "ali", "hasan", "hassan", "husayn", "hussein", "husain", "umar",
        "omar", "khalid", "khaled", "said", "sa'id", "saeed", "yusuf", "yousef", "ibrahim", "mustafa", "mahmud", "mahmoud",
        "hamid", "hamed", "usama", "osama", "abdelaziz", "abdulaziz", "abdelkader", "abdelrahman", "abdulrahman", "salim", "salih",
    };

    /// <summary>True for names written by Arabic conventions: an article, bin/abu/abd, or a common Arabic given name.</summary>
    public static bool LooksArabic(string name) =>
        name.Split([' ', '-', ','], StringSplitOptions.RemoveEmptyEntries).Any(Markers.Contains);

    public static List<(string First, string Last, string Treatment)> For(string first, string last, Random random)
    {
        var variants = new List<(string, string, string)>();
        void Try(string treatment, Func<string, string?> change)
        {
            if (change(last) is { } l && l != last)
            {
                variants.Add((first, l, treatment));
            }
            else if (change(first) is { } f && f != first)
            {
                variants.Add((f, last, treatment));
            }
        }

        var articles = new[] { "", "Al ", "Al-", "al-", "Al", "El-", "el " };
        Try("article", s => Article().Replace(s, m => articles.Where(a => a != m.Groups[1].Value + m.Groups[2].Value)
            .ElementAt(random.Next(articles.Length - 1)) + Capitalise(m.Groups[3].Value), 1));
        Try("bin/ibn", s => Bin().Replace(s, m => Cased(m.Value.Equals("bin", StringComparison.OrdinalIgnoreCase) ? "ibn" : "bin", m.Value), 1));
        Try("abu", s => Abu().Replace(s, m => Cased(m.Value.Equals("abu", StringComparison.OrdinalIgnoreCase) ? "abou" : "abu", m.Value), 1));
        Try("abd al", s => AbdAl().Replace(s, m => m.Groups["spaced"].Success ? "Abdul " : "Abd al-", 1));
        Try("muhammad", s => Muhammad().Replace(
            s, m => Cased(m.Value.StartsWith("mu", StringComparison.OrdinalIgnoreCase) ? "mohammed" : "muhammad", m.Value), 1));
        Try("u/o", s => UsamaOsama().Replace(s, m => Cased(m.Value.StartsWith('U') ? "osama" : "usama", m.Value), 1));
        variants.AddRange(DropVowel(last, random) is { } dropped ? [(first, dropped, "dropped vowel")] : []);
        return variants;
    }

    /// <summary>Drops one short vowel between consonants before the last syllable of the family name (Zawahiri → Zawahri).</summary>
    private static string? DropVowel(string text, Random random)
    {
        var token = text.Split(' ', '-').Where(t => t.Length >= 6).OrderByDescending(t => t.Length).FirstOrDefault();
        if (token is null)
        {
            return null;
        }

        var inner = Enumerable.Range(2, Math.Max(0, token.Length - 4))
            .Where(i => ShortVowels.Contains(token[i], StringComparison.Ordinal)
                && char.IsLetter(token[i - 1]) && !Vowels.Contains(token[i - 1], StringComparison.Ordinal)
                && char.IsLetter(token[i + 1]) && !Vowels.Contains(token[i + 1], StringComparison.Ordinal))
            .ToList();
        if (inner.Count == 0)
        {
            return null;
        }

        var at = inner[random.Next(inner.Count)];
        return text.Replace(token, token.Remove(at, 1), StringComparison.Ordinal);
    }

    private static string Capitalise(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];

    private static string Cased(string replacement, string original) =>
        char.IsUpper(original[0]) ? Capitalise(replacement) : replacement;

    [GeneratedRegex(@"\b(al|el|ul)([-\s])(?=\p{L}{3})(\p{L}+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Article();

    [GeneratedRegex(@"\b(bin|ibn|ben)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Bin();

    [GeneratedRegex(@"\b(abu|abou)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Abu();

    [GeneratedRegex(@"\b(?:(?<spaced>abd[-\s](?:al|el|ul)[-\s]?)|abdul\s|abdel\s?)(?=\p{L})",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AbdAl();

    [GeneratedRegex(@"\b(muhammad|mohammed|mohamed|mohammad|muhammed)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Muhammad();

    [GeneratedRegex(@"\b(usama|osama)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UsamaOsama();
}
