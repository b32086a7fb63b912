using Vetting.Matching.Domains;
using Vetting.Matching.Names;

namespace Vetting.Matching.Index;

/// <summary>
/// Freezes builder lists into <see cref="IndexData"/> and derives the postings, key buckets, keystroke table and group
/// map. Each list is released as soon as its array exists, so at a million names the build does not hold every
/// structure twice.
/// </summary>
internal static class IndexAssembler
{
    public static IndexData Assemble(
        ChunkedList<NameToken> vocabulary, ChunkedList<int> entryTokenStart, ChunkedList<int> entryTokens, ChunkedList<TokenRole> entryRoles,
        ChunkedList<int> entryParty, ChunkedList<EntryKind> entryKinds, ChunkedList<byte> entrySignificant, ChunkedList<bool> entryWeak,
        ChunkedList<ListedName> entryNames, ChunkedList<string> partyIds, ChunkedList<string> partySources, ChunkedList<PartyKind> partyKinds,
        ChunkedList<bool> partyReviewOnly, ChunkedList<byte> partyFullest, ChunkedList<string> partyCountries,
        Dictionary<string, int> wordFrequency, int wordEntries, Dictionary<string, List<DomainHit>> domains)
    {
        var vocab = Freeze(vocabulary);
        var tokenStart = Freeze(entryTokenStart);
        var tokens = Freeze(entryTokens);
        var kinds = Freeze(entryKinds);
        var names = EntryNameTable.From(entryNames);
        entryNames.Clear();
        return new IndexData
        {
            Vocabulary = vocab,
            Postings = PostingBuilder.Build(vocab.Length, tokenStart, tokens, kinds, personNames: true),
            WordPostings = PostingBuilder.Build(vocab.Length, tokenStart, tokens, kinds, personNames: false),
            KeyBuckets = KeyBucketBuilder.Build(vocab),
            KeystrokeToVocabulary = KeystrokeNeighbours.Build(vocab),
            GroupToVocabulary = BuildGroupMap(vocab),
            EntryTokenStart = tokenStart,
            EntryTokens = tokens,
            EntryRoles = Freeze(entryRoles),
            EntryParty = Freeze(entryParty),
            EntryKinds = kinds,
            EntrySignificant = Freeze(entrySignificant),
            EntryWeak = Freeze(entryWeak),
            EntryNames = names,
            PartyIds = Freeze(partyIds),
            PartySources = Freeze(partySources),
            PartyKinds = Freeze(partyKinds),
            PartyReviewOnly = Freeze(partyReviewOnly),
            PartyFullest = Freeze(partyFullest),
            PartyCountries = Freeze(partyCountries),
            WordFrequency = wordFrequency,
            WordEntryCount = wordEntries,
            Domains = domains.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal),
        };
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

    /// <summary>The list's items as an array; the list lets go of its own storage.</summary>
    private static T[] Freeze<T>(ChunkedList<T> list)
    {
        var array = list.ToArray();
        list.Clear();
        return array;
    }
}
