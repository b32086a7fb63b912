using Vetting.Matching.Scoring;

namespace Vetting.Matching.Tests.Index;

/// <summary>
/// The prefix-sharing limit check gives, for every listed skeleton in a sorted run, exactly the answer of the plain
/// edit distance: the cost is within the limit or it is not, whatever came before in the run.
/// </summary>
public sealed class PrefixSharedDistanceTests
{
    private const string Alphabet = "aeioujhgkxqszcCSQZJvfwbpdtmnlr";

    [Fact]
    public void Within_SortedRunsWithSharedPrefixes_AgreesWithEditDistance()
    {
        var random = new Random(20261128);
        var distance = new PrefixSharedDistance();
        var checkedPairs = 0;
        var within = 0;
        for (var run = 0; run < 300; run++)
        {
            var query = Word(random, random.Next(1, 14));
            var listed = Enumerable.Range(0, 60).Select(_ => Variant(random, query)).Order(StringComparer.Ordinal).ToList();
            distance.Start(query);
            foreach (var skeleton in listed)
            {
                var limit = random.Next(3, 30) / 10.0;
                var expected = EditDistance.Compute(query, skeleton, limit).Cost <= limit;

                Assert.True(expected == distance.Within(skeleton, limit), $"{query} / {skeleton} at {limit}: expected {expected}");
                checkedPairs++;
                within += expected ? 1 : 0;
            }
        }

        // Both answers must be common for the comparison to mean anything.
        Assert.InRange(within, checkedPairs / 20, checkedPairs - (checkedPairs / 20));
    }

    [Fact]
    public void Within_TranspositionAfterAPrunedLookingRow_IsStillFound()
    {
        var distance = new PrefixSharedDistance();
        distance.Start("abcd");

        Assert.True(distance.Within("abdc", 1.0));
        Assert.False(distance.Within("abdx", 1.0));
        Assert.True(distance.Within("abcd", 0.0));
    }

    [Fact]
    public void Within_SkeletonLongerThanTheTable_IsLeftToTheFullComparison()
    {
        var distance = new PrefixSharedDistance();
        distance.Start("aksjonov");

        Assert.True(distance.Within(new string('a', 70), 0.6));
    }

    private static string Word(Random random, int length) =>
        new([.. Enumerable.Range(0, length).Select(_ => Alphabet[random.Next(Alphabet.Length)])]);

    /// <summary>The query with a few random edits, so that many listed skeletons are near it and share its prefixes.</summary>
    private static string Variant(Random random, string query)
    {
        var chars = query.ToList();
        for (var edits = random.Next(0, 4); edits > 0; edits--)
        {
            var at = random.Next(chars.Count + 1);
            switch (random.Next(3))
            {
                case 0 when at < chars.Count:
                    chars.RemoveAt(at);
                    break;
                case 1:
                    chars.Insert(at, Alphabet[random.Next(Alphabet.Length)]);
                    break;
                default:
                    if (at < chars.Count)
                    {
                        chars[at] = Alphabet[random.Next(Alphabet.Length)];
                    }

                    break;
            }
        }

        return new string([.. chars]);
    }
}
