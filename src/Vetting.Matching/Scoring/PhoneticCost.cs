namespace Vetting.Matching.Scoring;

/// <summary>
/// Edit costs between skeleton phonemes. Pairs that transliteration systems confuse (g/h, ch/sh, e/i, a/o, s/z,
/// zh/dzh...) are cheap (≤ 0.5, "transliteration"); anything else is a real difference (≥ 0.6, "typo" or worse).
/// </summary>
internal static class PhoneticCost
{
    /// <summary>Costs at or below this are spelling-system differences, not typing errors.</summary>
    public const double CheapLimit = 0.5;

    private static readonly double[,] Matrix = BuildMatrix();

    public static double Substitute(char a, char b)
    {
        if (a == b)
        {
            return 0;
        }

        if (a < 128 && b < 128)
        {
            return Matrix[a, b];
        }

        return 1.0;
    }

    public static double InsertOrDelete(char c) => c switch
    {
        'j' => 0.2,
        'h' => 0.4,
        'a' or 'e' or 'i' or 'o' or 'u' => 0.5,
        _ => 1.0,
    };

    private static double[,] BuildMatrix()
    {
        var m = new double[128, 128];
        for (var i = 0; i < 128; i++)
        {
            for (var j = 0; j < 128; j++)
            {
                m[i, j] = i == j ? 0 : 1.0;
            }
        }

        const string vowels = "aeiou";
        foreach (var a in vowels)
        {
            foreach (var b in vowels)
            {
                if (a != b)
                {
                    m[a, b] = 0.7;
                }
            }
        }

        Set(m, 0.3, "ei");
        Set(m, 0.4, "ao", "ou", "eo");
        Set(m, 0.5, "ae");
        Set(m, 0.6, "iu");
        Set(m, 0.2, "ij", "hx");
        Set(m, 0.3, "gh", "SQ");
        Set(m, 0.4, "gx", "kx", "CS", "Cx", "CQ", "ZJ", "ZS", "Zz", "Jj", "Jc", "sz", "cz", "vu", "ej");
        Set(m, 0.5, "Cc", "Jg", "Zj", "cs", "vf", "kc", "kg");
        Set(m, 0.6, "mn");
        Set(m, 0.7, "bp", "dt", "bv");
        return m;
    }

    private static void Set(double[,] m, double cost, params string[] pairs)
    {
        foreach (var pair in pairs)
        {
            m[pair[0], pair[1]] = cost;
            m[pair[1], pair[0]] = cost;
        }
    }
}
