namespace Vetting.Matching.Scoring;

/// <summary>
/// Decides for many listed skeletons, one after another, whether their <see cref="EditDistance"/> to one query
/// skeleton stays within a limit. The listed skeletons come sorted, so consecutive ones share prefixes: the rows of
/// the cost table for a shared prefix are kept and only the rest of each skeleton is computed, and once every cell of
/// a row is over the limit, no skeleton continuing that prefix can come back under it. Same costs and the same
/// result as <see cref="EditDistance.Compute(ReadOnlySpan{char}, ReadOnlySpan{char}, double)"/> (the distance is symmetric).
/// One instance per thread.
/// </summary>
internal sealed class PrefixSharedDistance
{
    private const int MaxLength = 64;
    private const int Shift = 1024;

    private readonly int[] _rows = new int[(MaxLength + 1) * (MaxLength + 1)];
    /// <summary>Per depth: the least cell of any row up to it (once over the limit, every longer skeleton is too).</summary>
    private readonly int[] _rowMin = new int[MaxLength + 1];

    /// <summary>Per listed skeleton length: <see cref="TokenComparer.SpellingLimit"/> against the query, in whole tenths.</summary>
    private readonly int[] _spellingLimit = new int[MaxLength + 1];
    private readonly char[] _prefix = new char[MaxLength];
    private string _query = string.Empty;
    private int _width;
    private int _computed;

    /// <summary>Starts a run of comparisons against <paramref name="query"/>.</summary>
    public void Start(string query)
    {
        _query = query;
        _width = query.Length + 1;
        _computed = 0;
        if (query.Length > MaxLength)
        {
            return;
        }

        EditDistance.FirstRow(query, _rows.AsSpan(0, _width));
        _rowMin[0] = 0;
        for (var length = 0; length <= MaxLength; length++)
        {
            _spellingLimit[length] = Tenths(TokenComparer.SpellingLimit(query.Length, length));
        }
    }

    /// <summary>True when the query and <paramref name="listed"/> may be accepted by <see cref="TokenComparer.CompareSpelling"/>.</summary>
    public bool WithinSpellingLimit(ReadOnlySpan<char> listed) =>
        listed.Length > MaxLength || _query.Length > MaxLength || Within(listed, _spellingLimit[listed.Length]);

    /// <summary>True when the edit cost between the query and <paramref name="listed"/> is at most <paramref name="maxCost"/>.</summary>
    public bool Within(ReadOnlySpan<char> listed, double maxCost) =>
        listed.Length > MaxLength || _query.Length > MaxLength || Within(listed, Tenths(maxCost));

    private static int Tenths(double cost) => (int)Math.Floor((cost * 10) + 1e-6);

    private bool Within(ReadOnlySpan<char> listed, int limit)
    {
        if (Math.Abs(listed.Length - _query.Length) * 2 > limit)
        {
            return false;
        }

        var shared = 0;
        var most = Math.Min(_computed, listed.Length);
        while (shared < most && _prefix[shared] == listed[shared])
        {
            shared++;
        }

        if (_rowMin[shared] / Shift > limit)
        {
            return false;
        }

        for (var d = shared + 1; d <= listed.Length; d++)
        {
            ComputeRow(listed, d);
            _prefix[d - 1] = listed[d - 1];
            _computed = d;
            if (_rowMin[d] / Shift > limit)
            {
                return false;
            }
        }

        _computed = Math.Max(_computed, listed.Length);
        return _rows[(listed.Length * _width) + _width - 1] / Shift <= limit;
    }

    private void ComputeRow(ReadOnlySpan<char> listed, int d)
    {
        var rows = _rows.AsSpan();
        var least = EditDistance.NextRow(
            _query,
            listed[d - 1],
            d > 1 ? listed[d - 2] : '\0',
            d > 1 ? rows.Slice((d - 2) * _width, _width) : default,
            rows.Slice((d - 1) * _width, _width),
            rows.Slice(d * _width, _width),
            d > 1);
        _rowMin[d] = Math.Max(least, _rowMin[d - 1]);
    }
}
