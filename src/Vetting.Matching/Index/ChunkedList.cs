using System.Collections;

namespace Vetting.Matching.Index;

/// <summary>
/// An append-only list kept in fixed-size chunks, for the columns an index build grows to millions of items. A
/// <see cref="List{T}"/> doubles its array as it grows and leaves each old one behind until the next full collection
/// (about as much garbage as the list holds); chunks are never copied, and <see cref="ToArray"/> copies once into the
/// exact size.
/// </summary>
internal sealed class ChunkedList<T> : IReadOnlyList<T>
{
    private const int Shift = 16;
    private const int ChunkSize = 1 << Shift;
    private const int Mask = ChunkSize - 1;

    private readonly List<T[]> _chunks = [];

    public int Count { get; private set; }

    public T this[int index] =>
        (uint)index < (uint)Count ? _chunks[index >> Shift][index & Mask] : throw new ArgumentOutOfRangeException(nameof(index));

    public void Add(T item)
    {
        if ((Count & Mask) == 0 && Count >> Shift == _chunks.Count)
        {
            _chunks.Add(new T[ChunkSize]);
        }

        _chunks[Count >> Shift][Count & Mask] = item;
        Count++;
    }

    public T[] ToArray()
    {
        var array = new T[Count];
        for (var c = 0; c < _chunks.Count; c++)
        {
            var start = c << Shift;
            _chunks[c].AsSpan(0, Math.Min(ChunkSize, Count - start)).CopyTo(array.AsSpan(start));
        }

        return array;
    }

    /// <summary>Empties the list and lets go of its chunks.</summary>
    public void Clear()
    {
        _chunks.Clear();
        _chunks.TrimExcess();
        Count = 0;
    }

    public IEnumerator<T> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
