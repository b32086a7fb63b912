using System.Runtime.InteropServices;
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
#pragma warning disable CA1002 // builder-internal lists
    public static IndexData Assemble(
        List<NameToken> vocabulary, List<int> entryTokenStart, List<int> entryTokens, List<TokenRole> entryRoles, List<int> entryParty,
        List<EntryKind> entryKinds, List<byte> entrySignificant, List<bool> entryWeak, List<ListedName> entryNames, List<string> partyIds,
        List<string> partySources, List<PartyKind> partyKinds, List<bool> partyReviewOnly, List<byte> partyFullest, List<string> partyCountries,
        Dictionary<string, int> wordFrequency, int wordEntries, Dictionary<string, List<DomainHit>> domains)
#pragma warning restore CA1002
    {
        var vocab = Freeze(vocabulary);
        var tokenStart = Freeze(entryTokenStart);
        var tokens = Freeze(entryTokens);
        var kinds = Freeze(entryKinds);
        var names = EntryNameTable.From(entryNames);
        entryNames.Clear();
        entryNames.TrimExcess();
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
    private static T[] Freeze<T>(List<T> list)
    {
        var array = CollectionsMarshal.AsSpan(list).ToArray();
        list.Clear();
        list.TrimExcess();
        return array;
    }
}
