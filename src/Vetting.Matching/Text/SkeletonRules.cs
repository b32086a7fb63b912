namespace Vetting.Matching.Text;

/// <summary>
/// Rules applied to every raw phoneme string whatever its script, so that the ways systems write glides,
/// soft signs and ё meet: Natalia/Natalya/Nataliya/Наталья → natalja, Aksyonov/Aksenov/Aksionov/Аксёнов → aksenov,
/// Dmitriy/Dmitrii/Dmitrij → dmitri, Andreyevich/Andreevich/Andriiovych → andreviC. Each rule is one pass over a
/// char buffer.
/// </summary>
internal static class SkeletonRules
{
    public static string Apply(Span<char> raw)
    {
        var length = ResolveSoftSigns(raw);
        length = ResolveGlides(raw, length);
        length = DropRedundantGlides(raw, length);
        length = FoldYo(raw, length);
        length = CollapseDoubles(raw, length);
        return new string(raw[..length]);
    }

    /// <summary>A soft sign or apostrophe between a consonant and a vowel is a glide (Аксьонов → aksjonov); otherwise it is dropped.</summary>
    private static int ResolveSoftSigns(Span<char> s)
    {
        var w = 0;
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] != Phonemes.Soft)
            {
                s[w++] = s[i];
            }
            else if (w > 0 && Phonemes.IsConsonant(s[w - 1]) && i + 1 < s.Length && Phonemes.IsVowel(s[i + 1]))
            {
                s[w++] = 'j';
            }
        }

        return w;
    }

    /// <summary>
    /// A run of i/j before a vowel is one glide (ia, iia, ija → ja); otherwise the run is <c>j</c> after a vowel
    /// (-ei, -ey, -ej → ej; Zaitsev → zajcev) and <c>i</c> after a consonant (-ii, -iy, -ij, -yi → i).
    /// </summary>
    private static int ResolveGlides(Span<char> s, int length)
    {
        var w = 0;
        var i = 0;
        while (i < length)
        {
            if (s[i] is not ('i' or 'j'))
            {
                s[w++] = s[i++];
                continue;
            }

            while (i < length && s[i] is 'i' or 'j')
            {
                i++;
            }

            var afterVowel = w > 0 && Phonemes.IsVowel(s[w - 1]);
            var beforeVowel = i < length && Phonemes.IsVowel(s[i]);
            s[w++] = beforeVowel || afterVowel ? 'j' : 'i';
        }

        return w;
    }

    /// <summary>Drops a glide at the start before <c>e</c> (Yevhen/Evgeny) and between vowels (Andreyevich/Andreevich).</summary>
    private static int DropRedundantGlides(Span<char> s, int length)
    {
        var w = 0;
        for (var i = 0; i < length; i++)
        {
            if (s[i] == 'j' && i + 1 < length && Phonemes.IsVowel(s[i + 1]) && (i == 0 ? s[1] == 'e' : Phonemes.IsVowel(s[i - 1])))
            {
                continue;
            }

            s[w++] = s[i];
        }

        return w;
    }

    /// <summary>ё after a consonant is written e, yo, jo, io or o; all become <c>e</c> when a consonant follows (Pyotr/Petr, Semyon/Semen).</summary>
    private static int FoldYo(Span<char> s, int length)
    {
        var w = 0;
        for (var i = 0; i < length; i++)
        {
            if (s[i] == 'j' && i > 0 && i + 2 < length && s[i + 1] == 'o' && Phonemes.IsConsonant(s[i - 1]) && Phonemes.IsConsonant(s[i + 2]))
            {
                s[w++] = 'e';
                i++;
                continue;
            }

            s[w++] = s[i];
        }

        return w;
    }

    private static int CollapseDoubles(Span<char> s, int length)
    {
        var w = 0;
        for (var i = 0; i < length; i++)
        {
            if (w == 0 || s[w - 1] != s[i])
            {
                s[w++] = s[i];
            }
        }

        return w;
    }
}
