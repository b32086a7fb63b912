using Vetting.Matching.Scoring;

namespace Vetting.Matching.Index;

/// <summary>
/// Candidate retrieval without scanning the list. Each query token finds its vocabulary tokens through the coarse
/// key (and one-deletion variants for typos) and its given-name group, keeps those it really matches, and so
/// owns a set of posting lists. Entries are collected from every token except the most common one (an entry
/// must match at least two tokens, so it is hit by one of the rarer ones); the most common token only adds its
/// bit to entries already found.
/// </summary>
internal static class CandidateFinder
{
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

    /// <summary>
    /// Entries hit by at least two retrieval tokens; single-token entries with one hit; every hit entry when
    /// <paramref name="oneSuffices"/> (a query with one full token and initials).
    /// </summary>
    public static List<int> Collect(IndexData data, Scratch scratch, List<QueryToken> tokens, int[][] postings, bool oneSuffices, Func<EntryKind, bool> wanted)
    {
        scratch.NextEpoch();
        var result = new List<int>();
        if (tokens.Count == 0)
        {
            return result;
        }

        foreach (var token in tokens)
        {
            long total = 0;
            foreach (var id in token.Hits)
            {
                total += postings[id].Length;
            }

            token.PostingTotal = total;
        }

        var order = new int[tokens.Count];
        var totals = new long[tokens.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
            totals[i] = (tokens[i].PostingTotal * 64) + i;
        }

        Array.Sort(totals, order);
        var seeding = tokens.Count >= 2 && !oneSuffices ? tokens.Count - 1 : tokens.Count;
        for (var k = 0; k < seeding; k++)
        {
            foreach (var id in tokens[order[k]].Hits)
            {
                foreach (var entry in postings[id])
                {
                    scratch.Hit(entry, order[k]);
                }
            }
        }

        if (seeding < tokens.Count)
        {
            AddCommonToken(data, postings, scratch, tokens[order[^1]], order[^1]);
        }

        foreach (var entry in scratch.Touched)
        {
            if (!wanted(data.EntryKinds[entry]))
            {
                continue;
            }

            var accepted = data.EntrySignificant[entry] <= 1 || oneSuffices || (tokens.Count >= 2 && scratch.HitCount(entry) >= 2);
            if (accepted)
            {
                result.Add(entry);
            }
        }

        result.Sort();
        return result;
    }

    /// <summary>
    /// Adds the most common token's bit to the entries already hit, whichever is cheapest: walking its posting lists,
    /// reading the touched entries' own tokens (an entry's tokens are exactly the lists it is on), or searching its
    /// lists for each touched entry.
    /// </summary>
    private static void AddCommonToken(IndexData data, int[][] postings, Scratch scratch, QueryToken common, int bit)
    {
        var touched = scratch.Touched;
        long scanCost = common.PostingTotal;
        long readCost = (long)touched.Count * 2;
        long searchCost = (long)touched.Count * common.Hits.Count * 20;
        if (readCost <= scanCost && readCost <= searchCost)
        {
            var marks = scratch.CommonHits;
            marks.NextPass();
            foreach (var id in common.Hits)
            {
                marks.Add(id);
            }

            foreach (var entry in touched)
            {
                for (var t = data.EntryTokenStart[entry]; t < data.EntryTokenStart[entry + 1]; t++)
                {
                    if (marks.Contains(data.EntryTokens[t]))
                    {
                        scratch.HitExisting(entry, bit);
                        break;
                    }
                }
            }

            return;
        }

        if (scanCost <= searchCost)
        {
            foreach (var id in common.Hits)
            {
                foreach (var entry in postings[id])
                {
                    scratch.HitExisting(entry, bit);
                }
            }

            return;
        }

        foreach (var entry in touched)
        {
            foreach (var id in common.Hits)
            {
                if (Array.BinarySearch(postings[id], entry) >= 0)
                {
                    scratch.HitExisting(entry, bit);
                    break;
                }
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
