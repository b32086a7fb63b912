using Vetting.Matching.Text;

namespace Vetting.Matching.Names;

/// <summary>Splits the Arabic article written joined to its word (الظواهري → ال + ظواهري) so it becomes a particle.</summary>
internal static class ArabicArticle
{
    private const string Article = "ال";

    public static List<RawToken> Split(List<RawToken> tokens)
    {
        if (!tokens.Exists(t => t.Text.Length > 3 && t.Text.StartsWith(Article, StringComparison.Ordinal)))
        {
            return tokens;
        }

        var result = new List<RawToken>(tokens.Count + 2);
        foreach (var token in tokens)
        {
            if (token.Text.Length > 3 && token.Text.StartsWith(Article, StringComparison.Ordinal))
            {
                result.Add(token with { Text = Article, Abbreviated = false });
                result.Add(token with { Text = token.Text[Article.Length..], Joined = true });
            }
            else
            {
                result.Add(token);
            }
        }

        return result;
    }
}
