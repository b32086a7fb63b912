using System.Collections.Concurrent;

namespace Vetting.Matching.Index;

/// <summary>A pool of <see cref="Scratch"/> buffers sized for one index; safe for concurrent rent and return.</summary>
internal sealed class ScratchPool(int entryCount, int vocabularyCount)
{
    private readonly ConcurrentBag<Scratch> _items = [];

    public Scratch Rent() => _items.TryTake(out var scratch) ? scratch : new Scratch(entryCount, vocabularyCount);

    public void Return(Scratch scratch) => _items.Add(scratch);
}
