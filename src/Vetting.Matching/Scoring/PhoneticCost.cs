namespace Vetting.Matching.Scoring;

/// <summary>
/// Edit costs between skeleton phonemes. Pairs that transliteration systems confuse (g/h, ch/sh, e/i, a/o, s/z,
/// zh/dzh...) are cheap (≤ 0.5, "transliteration"); anything else is a real difference (≥ 0.6, "typo" or worse).
/// </summary>
internal static class PhoneticCost
{
    /// <summary>Costs at or below this are spelling-system differences, not typing errors.</summary>
    public const double CheapLimit = 0.5;

    /// <summary>Substitution costs for ASCII symbol pairs, row-major <c>[a * 128 + b]</c>.</summary>
    internal static readonly float[] Table = BuildTable();

    /// <summary>Insertion/deletion cost per ASCII symbol.</summary>
    internal static readonly float[] Gap = BuildGap();

    /// <summary><see cref="Table"/> in tenths, packed with its hard part: <c>tenths * 1024 + (hard ? tenths : 0)</c>.</summary>
    internal static readonly int[] PackedTable = Table.Select(Pack).ToArray();

    /// <summary><see cref="Gap"/> packed like <see cref="PackedTable"/>.</summary>
    internal static readonly int[] PackedGap = Gap.Select(Pack).ToArray();

    /// <summary>Packed cost of anything outside ASCII (1.0, hard).</summary>
    internal static readonly int PackedDefault = Pack(1.0f);

    private static int Pack(float cost)
    {
        var tenths = (int)Math.Round(cost * 10);
        return (tenths * 1024) + (cost > CheapLimit ? tenths : 0);
    }

    public static double Substitute(char a, char b)
    {
        if (a == b)
        {
            return 0;
        }

        return a < 128 && b < 128 ? Table[(a * 128) + b] : 1.0;
    }

    public static double InsertOrDelete(char c) => c < 128 ? Gap[c] : 1.0;

    private static float[] BuildGap()
    {
        var gap = new float[128];
        Array.Fill(gap, 1.0f);
        gap['j'] = 0.2f;
        gap['h'] = 0.4f;
        foreach (var v in "aeiou")
        {
            gap[v] = 0.5f;
        }

        return gap;
    }

    private static float[] BuildTable()
    {
        var m = new float[128 * 128];
        Array.Fill(m, 1.0f);
        for (var i = 0; i < 128; i++)
        {
            m[(i * 128) + i] = 0;
        }

        const string vowels = "aeiou";
        foreach (var a in vowels)
        {
            foreach (var b in vowels)
            {
                if (a != b)
                {
                    m[(a * 128) + b] = 0.7f;
                }
            }
        }

        Set(m, 0.3f, "ei");
        Set(m, 0.4f, "ao", "ou", "eo");
        Set(m, 0.5f, "ae");
        Set(m, 0.6f, "iu");
        Set(m, 0.2f, "ij", "hx");
        Set(m, 0.3f, "gh", "SQ");
        Set(m, 0.4f, "gx", "kx", "CS", "Cx", "CQ", "ZJ", "ZS", "Zz", "Jj", "Jc", "sz", "cz", "vu", "ej");
        Set(m, 0.5f, "Cc", "Jg", "Zj", "cs", "vf", "kc", "kg");
        Set(m, 0.6f, "mn");
        Set(m, 0.7f, "bp", "dt", "bv");
        return m;
    }

    private static void Set(float[] m, float cost, params string[] pairs)
    {
        foreach (var pair in pairs)
        {
            m[(pair[0] * 128) + pair[1]] = cost;
            m[(pair[1] * 128) + pair[0]] = cost;
        }
    }
}
