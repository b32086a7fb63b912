using Vetting.Matching.Domains;
using Vetting.Matching.Names;

namespace Vetting.Matching.Index;

/// <summary>Freezes builder lists into <see cref="IndexData"/> and derives the key buckets and group map.</summary>
internal static class IndexAssembler
{
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
            KeyBuckets = KeyBucketBuilder.Build(vocab),
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
}
