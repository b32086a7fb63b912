using Vetting.Matching.Scoring;

namespace Vetting.Matching.Index;

/// <summary>
/// Which vocabulary tokens one query token matches, without scanning the vocabulary: its given-name groups, its
/// keyboard-slip neighbours, then the key buckets of its coarse key (and, for typos, the keys one class longer,
/// shorter or different). What it matched is kept per index, so a token is looked up in full once.
/// </summary>
internal static class TokenRetrieval
{
    /// <summary>Most query tokens that take part in retrieval.</summary>
    public const int MaxRetrievalTokens = 24;

    /// <summary>Shorter keys (up to three consonant classes) are probed exactly: their typo neighbourhoods are much of the list.</summary>
    private const int MinKeyLengthForTypos = 4;

    /// <summary>Keys this long also reach list keys that differ in one class.</summary>
    private const int MinKeyLengthForSubstitutions = 5;

    /// <summary>Most letters a typo-neighbourhood token may be longer or shorter than the query token.</summary>
    private const int MaxTypoLengthDifference = 2;

    /// <summary>Most query tokens whose retrieval result is kept per index.</summary>
    private const int CacheLimit = 100_000;

    public static void Retrieve(IndexData data, Scratch scratch, QueryToken query)
    {
        try
        {
            RetrieveCached(data, scratch, query);
        }
        finally
        {
            query.Retrieved = true;
        }
    }

    private static void RetrieveCached(IndexData data, Scratch scratch, QueryToken query)
    {
        var token = query.Token;
        var key = (token.Surface, token.Skeleton, token.Traits);
        if (data.RetrievalCache.TryGetValue(key, out var cached))
        {
            for (var i = 0; i < cached.Ids.Length; i++)
            {
                query.Cache[cached.Ids[i]] = cached.Scores[i];
                query.Hits.Add(cached.Ids[i]);
            }

            return;
        }

        RetrieveUncached(data, scratch, query);
        if (data.RetrievalCache.Count < CacheLimit)
        {
            var ids = query.Hits.ToArray();
            data.RetrievalCache.TryAdd(key, new RetrievalHits(ids, Array.ConvertAll(ids, id => query.Cache[id])));
        }
    }

    private static void RetrieveUncached(IndexData data, Scratch scratch, QueryToken query)
    {
        var seen = scratch.SeenVocabulary;
        seen.NextPass();
        var token = query.Token;

        // Tokens reached by name group or keyboard slip are compared in full first; the key buckets then skip, without
        // comparing them, the tokens that cannot match by spelling (see BucketScan).
        foreach (var group in token.Groups)
        {
            foreach (var id in data.GroupToVocabulary[group.Group])
            {
                Consider(data, query, seen, id);
            }
        }

        KeystrokeNeighbours.Probe(data, query, seen);
        var distance = scratch.Distance;
        distance.Start(token.Skeleton);
        ProbeKey(data, query, seen, distance, token.Key);
        if (token.AltKey is not null)
        {
            ProbeKey(data, query, seen, distance, token.AltKey);
        }
    }

    private static void ProbeKey(IndexData data, QueryToken query, VocabularyMarks seen, PrefixSharedDistance distance, string key)
    {
        BucketScan.Scan(data, query, seen, distance, KeyHash.Of(key), maxLengthDifference: null);
        if (key.Length < MinKeyLengthForTypos || key[0] == '_')
        {
            return;
        }

        // Typo recall: list keys one class longer, one class shorter, and (for long keys) one class different.
        // Slips in long written names that change the sound more are found by KeystrokeNeighbours. A typo changes a
        // written name by a letter or two, so tokens whose length differs by more than MaxTypoLengthDifference are
        // not compared at all (they would fail).
        BucketScan.Scan(data, query, seen, distance, KeyHash.Of(key, variant: true), MaxTypoLengthDifference);
        for (var i = 0; i < key.Length; i++)
        {
            if (i > 0 && key[i] == key[i - 1])
            {
                continue;
            }

            BucketScan.Scan(data, query, seen, distance, KeyHash.OfDeletion(key, i), MaxTypoLengthDifference);
            if (key.Length >= MinKeyLengthForSubstitutions)
            {
                BucketScan.Scan(data, query, seen, distance, KeyHash.OfDeletion(key, i, variant: true), MaxTypoLengthDifference);
            }
        }
    }

    /// <summary>Compares a vocabulary token once per pass; only accepted ones are kept (anything else scores none after retrieval).</summary>
    internal static void Consider(IndexData data, QueryToken query, VocabularyMarks seen, int id)
    {
        if (!seen.Add(id))
        {
            return;
        }

        Keep(data, query, id);
    }

    /// <summary>Compares a vocabulary token in full and keeps it when accepted.</summary>
    internal static void Keep(IndexData data, QueryToken query, int id)
    {
        var score = TokenComparer.Compare(query.Token, data.Vocabulary[id]);
        if (score.Accepted)
        {
            query.Cache[id] = score;
            query.Hits.Add(id);
        }
    }
}
