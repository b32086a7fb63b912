using Vetting.Matching.Domains;
using Vetting.Matching.Names;

namespace Vetting.Matching.Index;

/// <summary>Freezes builder lists into <see cref="IndexData"/> and derives the key and group maps.</summary>
internal static class IndexAssembler
{
    /// <summary>Coarse keys this long or longer are also indexed under each one-deletion variant (typo recall).</summary>
    public const int MinKeyLengthForDeletions = 3;

#pragma warning disable CA1002 // builder-internal lists
    public static IndexData Assemble(
        List<NameToken> vocabulary, List<List<int>> postings, List<List<int>> wordPostings, List<int> entryTokenStart, List<int> entryTokens,
        List<TokenRole> entryRoles, List<int> entryParty, List<EntryKind> entryKinds, List<byte> entrySignificant,
        List<bool> entryWeak, List<ListedName> entryNames, List<string> partyIds, List<string> partySources,
        List<PartyKind> partyKinds, List<bool> partyReviewOnly, List<byte> partyFullest, List<string> partyCountries, Dictionary<string, int> wordFrequency,
        int wordEntries, Dictionary<string, List<DomainHit>> domains)
#pragma warning restore CA1002
    {
        var vocab = vocabulary.ToArray();
        return new IndexData
        {
            Vocabulary = vocab,
            Postings = postings.Select(p => p.ToArray()).ToArray(),
            WordPostings = wordPostings.Select(p => p.ToArray()).ToArray(),
            KeyToVocabulary = BuildKeyMap(vocab),
            KeystrokeToVocabulary = KeystrokeNeighbours.Build(vocab),
            GroupToVocabulary = BuildGroupMap(vocab),
            EntryTokenStart = [.. entryTokenStart],
            EntryTokens = [.. entryTokens],
            EntryRoles = [.. entryRoles],
            EntryParty = [.. entryParty],
            EntryKinds = [.. entryKinds],
            EntrySignificant = [.. entrySignificant],
            EntryWeak = [.. entryWeak],
            EntryNames = EntryNameTable.From(entryNames),
            PartyIds = [.. partyIds],
            PartySources = [.. partySources],
            PartyKinds = [.. partyKinds],
            PartyReviewOnly = [.. partyReviewOnly],
            PartyFullest = [.. partyFullest],
            PartyCountries = [.. partyCountries],
            WordFrequency = wordFrequency,
            WordEntryCount = wordEntries,
            Domains = domains.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal),
        };
    }

    public static Dictionary<ulong, int[]> BuildKeyMap(NameToken[] vocabulary)
    {
        var map = new Dictionary<ulong, List<int>>();
        for (var id = 0; id < vocabulary.Length; id++)
        {
            var token = vocabulary[id];
            if (token.IsInitial || (token.Traits & TokenTraits.Particle) != 0)
            {
                continue;
            }

            AddKeys(map, token.Key, id);
            if (token.AltKey is not null)
            {
                AddKeys(map, token.AltKey, id);
            }
        }

        var result = new Dictionary<ulong, int[]>(map.Count);
        foreach (var (key, ids) in map)
        {
            result[key] = [.. ids];
        }

        return result;
    }

    public static int[][] BuildGroupMap(NameToken[] vocabulary)
    {
        var groups = new List<int>[GivenNames.GroupCount];
        for (var id = 0; id < vocabulary.Length; id++)
        {
            foreach (var group in vocabulary[id].Groups)
            {
                (groups[group.Group] ??= []).Add(id);
            }
        }

        return groups.Select(g => g?.ToArray() ?? []).ToArray();
    }

    /// <summary>Adds the key itself and, for keys of three or more classes, every one-deletion variant.</summary>
    private static void AddKeys(Dictionary<ulong, List<int>> map, string key, int id)
    {
        Add(map, KeyHash.Of(key), id);
        if (key.Length < MinKeyLengthForDeletions || key[0] == '_')
        {
            return;
        }

        for (var i = 0; i < key.Length; i++)
        {
            if (i == 0 || key[i] != key[i - 1])
            {
                Add(map, KeyHash.OfDeletion(key, i, variant: true), id);
            }
        }
    }

    private static void Add(Dictionary<ulong, List<int>> map, ulong key, int id)
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        if (list.Count == 0 || list[^1] != id)
        {
            list.Add(id);
        }
    }
}
