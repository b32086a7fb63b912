using Vetting.Matching.Names;

namespace Vetting.Matching.Index;

/// <summary>
/// The one-keystroke neighbourhood of long written names, for typo recall that the sound-based key cannot give
/// (Klisas / KLISHAS, Rantsii / RANTISI, Grifdfin / GRIFFIN). Every listed token of at least
/// <see cref="MinListedLength"/> letters is indexed under its letters and under each one-letter deletion; a query
/// token probes its own letters and its deletions. Two words one letter dropped, added, changed or swapped apart
/// always share one of these (SymSpell), and few other words do, so the neighbourhood costs a handful of lookups.
/// </summary>
internal static class KeystrokeNeighbours
{
    /// <summary>Listed names shorter than this get no typo neighbourhood (a slip in a short name is another name).</summary>
    public const int MinListedLength = 7;

    /// <summary>Query tokens shorter than this (a letter dropped from a 7-letter name) do not probe.</summary>
    public const int MinQueryLength = MinListedLength - 1;

    public static KeystrokeTable Build(NameToken[] vocabulary)
    {
        var count = 0;
        foreach (var token in vocabulary)
        {
            count += Listed(token) ? Variants(token.Surface) : 0;
        }

        var hashes = new ulong[count];
        var ids = new int[count];
        var n = 0;
        for (var id = 0; id < vocabulary.Length; id++)
        {
            var surface = vocabulary[id].Surface;
            if (!Listed(vocabulary[id]))
            {
                continue;
            }

            for (var skip = -1; skip < surface.Length; skip++)
            {
                if (IsVariant(surface, skip))
                {
                    hashes[n] = KeyHash.OfText(surface, skip);
                    ids[n++] = id;
                }
            }
        }

        Array.Sort(hashes, ids);
        return new KeystrokeTable(hashes, ids);
    }

    private static bool Listed(NameToken token) => token.Surface.Length >= MinListedLength && !token.IsInitial;

    /// <summary>The letters themselves (<paramref name="skip"/> -1) or a deletion that differs from the one before it.</summary>
    private static bool IsVariant(string surface, int skip) => skip <= 0 || surface[skip] != surface[skip - 1];

    private static int Variants(string surface)
    {
        var count = 0;
        for (var skip = -1; skip < surface.Length; skip++)
        {
            count += IsVariant(surface, skip) ? 1 : 0;
        }

        return count;
    }

    /// <summary>Compares every vocabulary token that may be one keystroke from the query token (hash collisions included).</summary>
    public static void Probe(IndexData data, QueryToken query, VocabularyMarks seen)
    {
        var surface = query.Token.Surface;
        if (surface.Length < MinQueryLength)
        {
            return;
        }

        var table = data.KeystrokeToVocabulary;
        for (var skip = -1; skip < surface.Length; skip++)
        {
            if (!IsVariant(surface, skip))
            {
                continue;
            }

            var hash = KeyHash.OfText(surface, skip);
            for (var i = table.First(hash); i < table.Hashes.Length && table.Hashes[i] == hash; i++)
            {
                TokenRetrieval.Consider(data, query, seen, table.Ids[i]);
            }
        }
    }
}
