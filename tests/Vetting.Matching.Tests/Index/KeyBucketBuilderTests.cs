using Vetting.Matching.Index;
using Vetting.Matching.Names;
using Vetting.Matching.Tests.Support;

namespace Vetting.Matching.Tests.Index;

/// <summary>
/// The key-bucket layout over the index of the real list excerpts: buckets in ascending hash order, none empty, each
/// token in exactly the buckets of its key and the key's one-deletion variants, and a bucket's slots in the ordinal
/// order of their skeletons (what the prefix-sharing distance step relies on).
/// </summary>
public sealed class KeyBucketBuilderTests
{
    [Fact]
    public void Build_FixtureVocabulary_PutsEachTokenInItsKeyBucketsInSkeletonOrder()
    {
        var vocabulary = FixtureLists.Index.Data.Vocabulary;

        var buckets = KeyBucketBuilder.Build(vocabulary);

        var expected = new HashSet<(ulong, int)>();
        for (var id = 0; id < vocabulary.Length; id++)
        {
            foreach (var hash in KeyHashes(vocabulary[id]))
            {
                expected.Add((hash, id));
            }
        }

        var actual = new List<(ulong, int)>();
        for (var b = 0; b < buckets.BucketHashes.Length; b++)
        {
            Assert.True(b == 0 || buckets.BucketHashes[b] > buckets.BucketHashes[b - 1], "bucket hashes out of order");
            var (start, end) = buckets.Range(buckets.BucketHashes[b]);
            Assert.True(end > start, "empty bucket");
            for (var slot = start; slot < end; slot++)
            {
                actual.Add((buckets.BucketHashes[b], buckets.Ids[slot]));
                Assert.Equal(vocabulary[buckets.Ids[slot]].Skeleton, buckets.Skeleton(slot).ToString());
                Assert.True(
                    slot == start || string.CompareOrdinal(vocabulary[buckets.Ids[slot - 1]].Skeleton, vocabulary[buckets.Ids[slot]].Skeleton) <= 0,
                    "a bucket's slots are out of skeleton order");
            }
        }

        Assert.True(expected.Count > 1_000, $"only {expected.Count} pairs: the check means little");
        Assert.Equal(expected.Count, actual.Count);
        Assert.True(expected.SetEquals(actual));
    }

    /// <summary>The plain definition: the key and each one-deletion variant of keys of three classes or more, for the key and the second reading's key.</summary>
    private static IEnumerable<ulong> KeyHashes(NameToken token)
    {
        if (token.IsInitial || (token.Traits & TokenTraits.Particle) != 0)
        {
            yield break;
        }

        foreach (var key in new[] { token.Key, token.AltKey }.OfType<string>())
        {
            yield return KeyHash.Of(key);
            if (key.Length >= KeyBuckets.MinKeyLengthForDeletions && key[0] != '_')
            {
                for (var i = 0; i < key.Length; i++)
                {
                    yield return KeyHash.OfDeletion(key, i, variant: true);
                }
            }
        }
    }
}
