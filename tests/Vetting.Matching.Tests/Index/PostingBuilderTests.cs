using Vetting.Matching.Index;
using Vetting.Matching.Tests.Support;

namespace Vetting.Matching.Tests.Index;

/// <summary>
/// The posting lists derived from the entries' token sequences: for every token, exactly the entries that contain it,
/// ascending and each once, person names and other entries apart. Checked against a plain recount over the index of
/// the real list excerpts.
/// </summary>
public sealed class PostingBuilderTests
{
    [Fact]
    public void Build_FixtureIndex_ListsExactlyTheEntriesContainingEachToken()
    {
        var data = FixtureLists.Index.Data;
        var person = Recount(data, personNames: true);
        var words = Recount(data, personNames: false);

        Assert.True(person.Sum(p => p.Count) > 200 && words.Sum(p => p.Count) > 200, $"{person.Sum(p => p.Count)} + {words.Sum(p => p.Count)} postings: the check means little");
        for (var id = 0; id < data.Vocabulary.Length; id++)
        {
            Assert.Equal(person[id], data.Postings[id]);
            Assert.Equal(words[id], data.WordPostings[id]);
        }
    }

    [Fact]
    public void Build_TokenTwiceInOneEntry_PostsTheEntryOnce()
    {
        int[] tokenStart = [0, 3, 5, 6];
        int[] tokens = [7, 2, 7, 2, 2, 7];
        EntryKind[] kinds = [EntryKind.PersonName, EntryKind.OrganisationName, EntryKind.PersonName];

        var person = PostingBuilder.Build(8, tokenStart, tokens, kinds, personNames: true);
        var words = PostingBuilder.Build(8, tokenStart, tokens, kinds, personNames: false);

        Assert.Equal([0, 2], person[7]);
        Assert.Equal([0], person[2]);
        Assert.Equal([1], words[2]);
        Assert.Empty(words[7]);
        Assert.Empty(person[0]);
    }

    private static List<int>[] Recount(IndexData data, bool personNames)
    {
        var postings = Enumerable.Range(0, data.Vocabulary.Length).Select(_ => new List<int>()).ToArray();
        for (var entry = 0; entry < data.EntryCount; entry++)
        {
            if ((data.EntryKinds[entry] == EntryKind.PersonName) != personNames)
            {
                continue;
            }

            var tokens = data.EntryTokens[data.EntryTokenStart[entry]..data.EntryTokenStart[entry + 1]];
            foreach (var id in tokens.Distinct())
            {
                postings[id].Add(entry);
            }
        }

        return postings;
    }
}
