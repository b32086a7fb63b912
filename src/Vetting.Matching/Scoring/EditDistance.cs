namespace Vetting.Matching.Scoring;

/// <summary>
/// Cost-weighted edit distance between two skeletons (substitution, insertion, deletion, adjacent transposition),
/// returning the total cost and the part of it spent on expensive ("hard") operations. Costs are whole tenths,
/// packed with their hard part into one integer (<c>cost * 1024 + hard</c>), so one integer minimum picks the
/// cheapest alignment and, among equally cheap ones, the one with fewer hard operations. Exact and symmetric.
/// </summary>
internal static class EditDistance
{
    private const int MaxLength = 64;
    private const int Shift = 1024;
    private const int Transposition = (10 * Shift) + 10;

    [ThreadStatic]
    private static int[]? _rows;

    public static (double Cost, double Hard) Compute(string a, string b) => Compute(a, b, double.MaxValue);

    /// <summary>As <see cref="Compute(string, string)"/>, but gives up (returns infinite cost) once every alignment costs more than <paramref name="maxCost"/>.</summary>
    public static (double Cost, double Hard) Compute(ReadOnlySpan<char> a, ReadOnlySpan<char> b, double maxCost)
    {
        if (a.Length > MaxLength || b.Length > MaxLength)
        {
            var longest = Math.Max(a.Length, b.Length);
            return (longest, longest);
        }

        var limit = maxCost >= int.MaxValue / Shift / 10 ? int.MaxValue : (int)Math.Floor((maxCost * 10) + 1e-6);
        if (Math.Abs(a.Length - b.Length) * 2 > limit)
        {
            return (double.PositiveInfinity, double.PositiveInfinity);
        }

        var width = b.Length + 1;
        var rows = _rows ??= new int[3 * (MaxLength + 1)];
        var prev2 = 0;
        var prev = width;
        var current = 2 * width;
        FirstRow(b, rows.AsSpan(prev, width));
        for (var i = 1; i <= a.Length; i++)
        {
            var rowMin = NextRow(
                b, a[i - 1], i > 1 ? a[i - 2] : '\0', rows.AsSpan(prev2, width), rows.AsSpan(prev, width), rows.AsSpan(current, width), i > 1);
            if (rowMin / Shift > limit)
            {
                return (double.PositiveInfinity, double.PositiveInfinity);
            }

            (prev2, prev, current) = (prev, current, prev2);
        }

        var result = rows[prev + width - 1];
        return ((result / Shift) / 10.0, (result % Shift) / 10.0);
    }

    /// <summary>Row 0 of the cost table: inserting the first j letters of <paramref name="columns"/>.</summary>
    internal static void FirstRow(ReadOnlySpan<char> columns, Span<int> row)
    {
        var gap = PhoneticCost.PackedGap;
        row[0] = 0;
        for (var j = 1; j <= columns.Length; j++)
        {
            row[j] = row[j - 1] + GapOf(gap, columns[j - 1]);
        }
    }

    /// <summary>
    /// One row of the cost table (packed costs): the row for letter <paramref name="c"/> from the one before it and
    /// (for transpositions, when <paramref name="hasPrevious"/>) the one before that. Returns the row's least cell.
    /// </summary>
    internal static int NextRow(ReadOnlySpan<char> columns, char c, char previous, ReadOnlySpan<int> prev2, ReadOnlySpan<int> prev, Span<int> current, bool hasPrevious)
    {
        var table = PhoneticCost.PackedTable;
        var gap = PhoneticCost.PackedGap;
        var delete = GapOf(gap, c);
        current[0] = prev[0] + delete;
        var rowMin = current[0];
        for (var j = 1; j <= columns.Length; j++)
        {
            var cb = columns[j - 1];
            var best = prev[j - 1] + (c == cb ? 0 : c < 128 && cb < 128 ? table[(c * 128) + cb] : PhoneticCost.PackedDefault);
            var candidate = current[j - 1] + GapOf(gap, cb);
            if (candidate < best)
            {
                best = candidate;
            }

            candidate = prev[j] + delete;
            if (candidate < best)
            {
                best = candidate;
            }

            if (hasPrevious && j > 1 && c == columns[j - 2] && previous == cb && c != cb)
            {
                candidate = prev2[j - 2] + Transposition;
                if (candidate < best)
                {
                    best = candidate;
                }
            }

            current[j] = best;
            if (best < rowMin)
            {
                rowMin = best;
            }
        }

        return rowMin;
    }

    private static int GapOf(int[] gap, char c) => c < 128 ? gap[c] : PhoneticCost.PackedDefault;
}
