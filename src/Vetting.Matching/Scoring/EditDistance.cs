namespace Vetting.Matching.Scoring;

/// <summary>
/// Cost-weighted edit distance between two skeletons (substitution, insertion, deletion, adjacent transposition),
/// returning the total cost and the part of it spent on expensive ("hard") operations.
/// </summary>
internal static class EditDistance
{
    private const int MaxLength = 64;

    public static (double Cost, double Hard) Compute(string a, string b)
    {
        if (a.Length > MaxLength || b.Length > MaxLength)
        {
            return (Math.Max(a.Length, b.Length), Math.Max(a.Length, b.Length));
        }

        var width = b.Length + 1;
        Span<double> cost = stackalloc double[(a.Length + 1) * width];
        Span<double> hard = stackalloc double[(a.Length + 1) * width];
        cost[0] = 0;
        hard[0] = 0;
        for (var j = 1; j <= b.Length; j++)
        {
            var d = PhoneticCost.InsertOrDelete(b[j - 1]);
            cost[j] = cost[j - 1] + d;
            hard[j] = hard[j - 1] + HardPart(d);
        }

        for (var i = 1; i <= a.Length; i++)
        {
            var row = i * width;
            var del = PhoneticCost.InsertOrDelete(a[i - 1]);
            cost[row] = cost[row - width] + del;
            hard[row] = hard[row - width] + HardPart(del);
            for (var j = 1; j <= b.Length; j++)
            {
                var sub = PhoneticCost.Substitute(a[i - 1], b[j - 1]);
                var best = cost[row - width + j - 1] + sub;
                var bestHard = hard[row - width + j - 1] + HardPart(sub);

                var ins = PhoneticCost.InsertOrDelete(b[j - 1]);
                Consider(cost[row + j - 1] + ins, hard[row + j - 1] + HardPart(ins), ref best, ref bestHard);

                var rem = PhoneticCost.InsertOrDelete(a[i - 1]);
                Consider(cost[row - width + j] + rem, hard[row - width + j] + HardPart(rem), ref best, ref bestHard);

                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] && a[i - 1] != a[i - 2])
                {
                    var t = row - 2 * width + j - 2;
                    Consider(cost[t] + 1.0, hard[t] + 1.0, ref best, ref bestHard);
                }

                cost[row + j] = best;
                hard[row + j] = bestHard;
            }
        }

        var last = a.Length * width + b.Length;
        return (cost[last], hard[last]);
    }

    private static double HardPart(double c) => c > PhoneticCost.CheapLimit ? c : 0;

    private static void Consider(double candidate, double candidateHard, ref double best, ref double bestHard)
    {
        if (candidate < best - 1e-9 || (Math.Abs(candidate - best) < 1e-9 && candidateHard < bestHard))
        {
            best = candidate;
            bestHard = candidateHard;
        }
    }
}
