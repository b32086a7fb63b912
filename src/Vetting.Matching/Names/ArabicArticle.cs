using Vetting.Matching.Text;

namespace Vetting.Matching.Names;

/// <summary>
/// Splits the Arabic article written joined to its word (الظواهري → ال + ظواهري, AlQaysi → Al + Qaysi, ElKubaysi →
/// El + Kubaysi) so it becomes a particle. Latin is split only where the capital shows the join: Alexander stays whole.
/// </summary>
internal static class ArabicArticle
{
    private const string Article = "ال";

    public static List<RawToken> Split(List<RawToken> tokens)
    {
        if (!tokens.Exists(t => ArticleLength(t.Text) > 0))
        {
            return tokens;
        }

        var result = new List<RawToken>(tokens.Count + 2);
        foreach (var token in tokens)
        {
            var length = ArticleLength(token.Text);
            if (length > 0)
            {
                result.Add(token with { Text = token.Text[..length], Abbreviated = false });
                result.Add(token with { Text = token.Text[length..], Joined = true });
            }
            else
            {
                result.Add(token);
            }
        }

        return result;
    }

    /// <summary>Length of a joined article at the start of <paramref name="text"/>, or 0.</summary>
    private static int ArticleLength(string text)
    {
        if (text.Length > 3 && text.StartsWith(Article, StringComparison.Ordinal))
        {
            return Article.Length;
        }

        var latin = text.Length > 4 && text[0] is 'A' or 'E' && text[1] == 'l' && char.IsUpper(text[2]) && char.IsLower(text[3]);
        return latin ? 2 : 0;
    }
}
