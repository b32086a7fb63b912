using System.Text;

namespace Vetting.Matching.Text;

/// <summary>
/// Rules applied to every raw phoneme string whatever its script, so that the ways systems write glides,
/// soft signs and ё meet: Natalia/Natalya/Nataliya/Наталья → natalja, Aksyonov/Aksenov/Aksionov/Аксёнов → aksenov,
/// Dmitriy/Dmitrii/Dmitrij → dmitri, Andreyevich/Andreevich/Andriiovych → andreviC.
/// </summary>
internal static class SkeletonRules
{
    public static string Apply(StringBuilder raw)
    {
        var s = ResolveSoftSigns(raw.ToString());
        s = ResolveGlides(s);
        s = DropRedundantGlides(s);
        s = FoldYo(s);
        return CollapseDoubles(s);
    }

    /// <summary>A soft sign or apostrophe between a consonant and a vowel is a glide (Аксьонов, L'vovich → lvovic stays); otherwise it is dropped.</summary>
    private static string ResolveSoftSigns(string s)
    {
        if (!s.Contains(Phonemes.Soft, StringComparison.Ordinal))
        {
            return s;
        }

        var builder = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] != Phonemes.Soft)
            {
                builder.Append(s[i]);
            }
            else if (i > 0 && Phonemes.IsConsonant(s[i - 1]) && i + 1 < s.Length && Phonemes.IsVowel(s[i + 1]))
            {
                builder.Append('j');
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// A run of i/j before a vowel is one glide (ia, iia, ija → ja); at the end of a word it is <c>i</c> after a
    /// consonant (-ii, -iy, -ij, -yi → i) and <c>j</c> after a vowel (-ei, -ey, -ej → ej); before a consonant it is
    /// <c>j</c> after a vowel (Zaitsev → zajcev) and <c>i</c> after a consonant.
    /// </summary>
    private static string ResolveGlides(string s)
    {
        var builder = new StringBuilder(s.Length);
        var i = 0;
        while (i < s.Length)
        {
            if (s[i] is not ('i' or 'j'))
            {
                builder.Append(s[i]);
                i++;
                continue;
            }

            var start = i;
            while (i < s.Length && s[i] is 'i' or 'j')
            {
                i++;
            }

            var before = start > 0 ? s[start - 1] : '\0';
            var after = i < s.Length ? s[i] : '\0';
            var afterVowel = Phonemes.IsVowel(before);
            if (Phonemes.IsVowel(after))
            {
                builder.Append('j');
            }
            else if (i - start == 1 && s[start] == 'i' && !afterVowel)
            {
                builder.Append('i');
            }
            else
            {
                builder.Append(afterVowel ? 'j' : 'i');
            }
        }

        return builder.ToString();
    }

    /// <summary>Drops a glide at the start before <c>e</c> (Yevhen/Evgeny) and between vowels (Andreyevich/Andreevich).</summary>
    private static string DropRedundantGlides(string s)
    {
        var builder = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] == 'j' && i + 1 < s.Length && Phonemes.IsVowel(s[i + 1]) && (i == 0 ? s[1] == 'e' : Phonemes.IsVowel(s[i - 1])))
            {
                continue;
            }

            builder.Append(s[i]);
        }

        return builder.ToString();
    }

    /// <summary>ё after a consonant is written e, yo, jo, io or o; all become <c>e</c> when a consonant follows (Pyotr/Petr, Semyon/Semen).</summary>
    private static string FoldYo(string s)
    {
        if (!s.Contains("jo", StringComparison.Ordinal))
        {
            return s;
        }

        var builder = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] == 'j' && i > 0 && i + 2 < s.Length && s[i + 1] == 'o' && Phonemes.IsConsonant(s[i - 1]) && Phonemes.IsConsonant(s[i + 2]))
            {
                builder.Append('e');
                i++;
                continue;
            }

            builder.Append(s[i]);
        }

        return builder.ToString();
    }

    private static string CollapseDoubles(string s)
    {
        var builder = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (builder.Length == 0 || builder[^1] != c)
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
