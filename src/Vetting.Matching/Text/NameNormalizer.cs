namespace Vetting.Matching.Text;

/// <summary>The canonical written form of a name: cleaned, tokenised, look-alike letters folded, lower case, single spaces.</summary>
internal static class NameNormalizer
{
    public static string Normalize(string? text)
    {
        var tokens = Tokenizer.Tokenize(TextCleaner.Clean(text));
        return string.Join(' ', tokens.Select(t => Names.TokenAnalyzer.Surface(t.Text)));
    }
}
