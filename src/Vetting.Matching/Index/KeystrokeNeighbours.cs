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

    public static Dictionary<ulong, int[]> Build(NameToken[] vocabulary)
    {
        var map = new Dictionary<ulong, List<int>>();
        for (var id = 0; id < vocabulary.Length; id++)
        {
            var surface = vocabulary[id].Surface;
            if (surface.Length < MinListedLength || vocabulary[id].IsInitial)
            {
                continue;
            }

            for (var skip = -1; skip < surface.Length; skip++)
            {
                if (skip <= 0 || surface[skip] != surface[skip - 1])
                {
                    IndexAssembler.Add(map, KeyHash.OfText(surface, skip), id);
                }
            }
        }

        return map.ToDictionary(p => p.Key, p => p.Value.ToArray());
    }

    /// <summary>Vocabulary ids that may be one keystroke from <paramref name="surface"/> (hash collisions included).</summary>
    public static IEnumerable<int> Candidates(IndexData data, string surface)
    {
        if (surface.Length < MinQueryLength)
        {
            yield break;
        }

        for (var skip = -1; skip < surface.Length; skip++)
        {
            if ((skip <= 0 || surface[skip] != surface[skip - 1]) && data.KeystrokeToVocabulary.TryGetValue(KeyHash.OfText(surface, skip), out var ids))
            {
                foreach (var id in ids)
                {
                    yield return id;
                }
            }
        }
    }
}
