using Vetting.Matching.Names;
using Vetting.Matching.Scoring;

namespace Vetting.Matching.Index;

/// <summary>A query token with its comparisons against vocabulary tokens (cached for the whole query).</summary>
internal sealed class QueryToken
{
    public QueryToken(NameToken token)
    {
        Token = token;
    }

    public NameToken Token { get; private set; }

    /// <summary>Vocabulary id → score, filled lazily.</summary>
    public Dictionary<int, TokenScore> Cache { get; } = [];

    /// <summary>Vocabulary ids this token matched during retrieval.</summary>
    public List<int> Hits { get; } = [];

    /// <summary>
    /// True once retrieval ran for this token: then every vocabulary token it can match is in <see cref="Cache"/>
    /// (reached by key or name group), and any other pair counts as not matching without being compared.
    /// </summary>
    public bool Retrieved { get; set; }

    /// <summary>Total postings over <see cref="Hits"/> (how common the token is).</summary>
    public long PostingTotal { get; set; }

    public void Reset(NameToken token)
    {
        Token = token;
        Cache.Clear();
        Hits.Clear();
        PostingTotal = 0;
        Retrieved = false;
    }

    public TokenScore ScoreAgainst(int vocabularyId, NameToken listed)
    {
        if (Retrieved)
        {
            return Cache.TryGetValue(vocabularyId, out var known) ? known : TokenScore.None;
        }

        if (!Cache.TryGetValue(vocabularyId, out var score))
        {
            score = TokenComparer.Compare(Token, listed);
            Cache[vocabularyId] = score;
        }

        return score;
    }
}
