namespace Vetting.Matching.Names;

/// <summary>A name cut into analysed tokens.</summary>
/// <param name="Text">The name as given.</param>
/// <param name="Tokens">Tokens without titles.</param>
internal sealed record ParsedName(string Text, NameToken[] Tokens)
{
    public static ParsedName Empty { get; } = new(string.Empty, []);

    public int SignificantCount
    {
        get
        {
            var count = 0;
            foreach (var token in Tokens)
            {
                if (token.IsSignificant)
                {
                    count++;
                }
            }

            return count;
        }
    }
}
