namespace Vetting.Matching.Index;

/// <summary>
/// The entries a query's tokens hit, from the posting lists of the vocabulary tokens each matched
/// (<see cref="TokenRetrieval"/>). Entries are collected from every token except the most common one (an entry
/// must match at least two tokens, so it is hit by one of the rarer ones); the most common token only adds its
/// bit to entries already found.
/// </summary>
internal static class CandidateFinder
{
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
}
