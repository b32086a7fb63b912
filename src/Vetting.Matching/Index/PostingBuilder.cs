namespace Vetting.Matching.Index;

/// <summary>
/// Derives the posting lists (per vocabulary id: the sorted, distinct entries containing it) from the entries' token
/// sequences once they are all known. Two counting passes fill exact-size arrays, so a build keeps no growing list per
/// token (hundreds of thousands of them, most of the word lists empty) and copies nothing afterwards.
/// </summary>
internal static class PostingBuilder
{
    /// <param name="personNames">True: person-name entries (<see cref="IndexData.Postings"/>); false: all others (<see cref="IndexData.WordPostings"/>).</param>
    public static int[][] Build(int vocabularyCount, int[] entryTokenStart, int[] entryTokens, EntryKind[] entryKinds, bool personNames)
    {
        var counts = new int[vocabularyCount];
        var lastEntry = new int[vocabularyCount];
        Visit(entryTokenStart, entryTokens, entryKinds, personNames, lastEntry, (id, _) => counts[id]++);

        var rows = new int[vocabularyCount][];
        for (var id = 0; id < vocabularyCount; id++)
        {
            rows[id] = counts[id] == 0 ? [] : new int[counts[id]];
            counts[id] = 0;
        }

        Visit(entryTokenStart, entryTokens, entryKinds, personNames, lastEntry, (id, entry) => rows[id][counts[id]++] = entry);
        return rows;
    }

    /// <summary>Calls <paramref name="posting"/> once per (token, entry) pair, entries in ascending order.</summary>
    private static void Visit(int[] entryTokenStart, int[] entryTokens, EntryKind[] entryKinds, bool personNames, int[] lastEntry, Action<int, int> posting)
    {
        Array.Fill(lastEntry, -1);
        for (var entry = 0; entry < entryKinds.Length; entry++)
        {
            if ((entryKinds[entry] == EntryKind.PersonName) != personNames)
            {
                continue;
            }

            for (var k = entryTokenStart[entry]; k < entryTokenStart[entry + 1]; k++)
            {
                var id = entryTokens[k];
                if (lastEntry[id] != entry)
                {
                    lastEntry[id] = entry;
                    posting(id, entry);
                }
            }
        }
    }
}
