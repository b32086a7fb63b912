using Vetting.Matching.Index;

namespace Vetting.Matching.Tests.Index;

public sealed class ChunkedListTests
{
    [Fact]
    public void AddThenToArray_AcrossSeveralChunks_KeepsEveryItemInOrder()
    {
        var list = new ChunkedList<int>();
        var expected = Enumerable.Range(0, 200_003).Select(i => i * 7).ToArray();

        foreach (var item in expected)
        {
            list.Add(item);
        }

        Assert.Equal(expected.Length, list.Count);
        Assert.Equal(expected, list.ToArray());
        Assert.Equal(expected[131_072], list[131_072]);
        Assert.Equal(expected[^1], list[^1]);
        Assert.Equal(expected, list);
        Assert.Throws<ArgumentOutOfRangeException>(() => list[expected.Length]);
    }

    [Fact]
    public void Clear_ThenAdd_StartsAgainEmpty()
    {
        ChunkedList<string> list = ["a", "b"];

        list.Clear();
        list.Add("c");

        Assert.Equal(["c"], list.ToArray());
        Assert.Empty(new ChunkedList<string>().ToArray());
    }
}
