namespace Vetting.Matching.Index;

/// <summary>
/// Which vocabulary tokens one retrieval pass has already compared: an epoch stamp per vocabulary id, so starting a
/// pass costs nothing and a check is one array read (a hash set cost more than the comparisons it guarded).
/// </summary>
internal sealed class VocabularyMarks(int vocabularyCount)
{
    private readonly int[] _stamp = new int[vocabularyCount];
    private int _epoch;

    public void NextPass()
    {
        if (++_epoch == int.MaxValue)
        {
            Array.Clear(_stamp);
            _epoch = 1;
        }
    }

    public bool Contains(int id) => _stamp[id] == _epoch;

    /// <summary>Marks <paramref name="id"/>; false when this pass had already marked it.</summary>
    public bool Add(int id)
    {
        if (_stamp[id] == _epoch)
        {
            return false;
        }

        _stamp[id] = _epoch;
        return true;
    }
}
