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
    public static (double Cost, double Hard) Compute(string a, string b, double maxCost)
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
        var table = PhoneticCost.PackedTable;
        var gap = PhoneticCost.PackedGap;
        rows[prev] = 0;
        for (var j = 1; j < width; j++)
        {
            rows[prev + j] = rows[prev + j - 1] + GapOf(gap, b[j - 1]);
        }

        for (var i = 1; i <= a.Length; i++)
        {
            var ca = a[i - 1];
            var delete = GapOf(gap, ca);
            rows[current] = rows[prev] + delete;
            var rowMin = rows[current];
            for (var j = 1; j < width; j++)
            {
                var cb = b[j - 1];
                var best = rows[prev + j - 1] + (ca == cb ? 0 : ca < 128 && cb < 128 ? table[(ca * 128) + cb] : PhoneticCost.PackedDefault);
                var candidate = rows[current + j - 1] + GapOf(gap, cb);
                if (candidate < best)
                {
                    best = candidate;
                }

                candidate = rows[prev + j] + delete;
                if (candidate < best)
                {
                    best = candidate;
                }

                if (i > 1 && j > 1 && ca == b[j - 2] && a[i - 2] == cb && ca != cb)
                {
                    candidate = rows[prev2 + j - 2] + Transposition;
                    if (candidate < best)
                    {
                        best = candidate;
                    }
                }

                rows[current + j] = best;
                if (best < rowMin)
                {
                    rowMin = best;
                }
            }

            if (rowMin / Shift > limit)
            {
                return (double.PositiveInfinity, double.PositiveInfinity);
            }

            (prev2, prev, current) = (prev, current, prev2);
        }

        var result = rows[prev + width - 1];
        return ((result / Shift) / 10.0, (result % Shift) / 10.0);
    }

    private static int GapOf(int[] gap, char c) => c < 128 ? gap[c] : PhoneticCost.PackedDefault;
}
