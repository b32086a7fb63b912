namespace Vetting.Matching.Names;

/// <summary>Patronymic and gender endings, recognised on skeletons (so every transliteration is covered).</summary>
internal static class NameForms
{
    // Skeleton spellings: -ovich/-evich/-ovych/-owitsch → oviC/eviC; -ovna/-evna/-ivna; -ichna (Ilyinichna).
    private static readonly string[] PatronymicEndings = ["oviC", "eviC", "ovna", "evna", "ivna", "iCna", "iniC"];
    private static readonly string[] FeminineEndings = ["ova", "eva", "ina", "ska", "cka"];
    private static readonly string[] MasculineAdjective = ["ski", "cki"];

    public static bool IsPatronymic(string skeleton)
    {
        if (skeleton.Length < 6)
        {
            return false;
        }

        foreach (var ending in PatronymicEndings)
        {
            if (skeleton.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Removes a patronymic ending and a trailing vowel/glide: andreviC → andr, valerjeviC → valer.</summary>
    public static string PatronymicStem(string skeleton)
    {
        foreach (var ending in PatronymicEndings)
        {
            if (skeleton.EndsWith(ending, StringComparison.Ordinal))
            {
                return TrimVowels(skeleton[..^ending.Length]);
            }
        }

        return TrimVowels(skeleton);
    }

    /// <summary>Stem of a given name for comparing with a patronymic stem: andrej → andr, valeri → valer.</summary>
    public static string GivenStem(string skeleton) => TrimVowels(skeleton);

    /// <summary>
    /// The family-name stem without the gender ending, and whether the token had the feminine ending:
    /// aksenova → (aksenov, true); poklonska → (poklonsk, true); poklonski → (poklonsk, false).
    /// </summary>
    public static (string Stem, bool Feminine) FamilyStem(string skeleton)
    {
        if (skeleton.Length >= 5)
        {
            foreach (var ending in FeminineEndings)
            {
                if (skeleton.EndsWith(ending, StringComparison.Ordinal))
                {
                    return (skeleton[..^1], true);
                }
            }

            foreach (var ending in MasculineAdjective)
            {
                if (skeleton.EndsWith(ending, StringComparison.Ordinal))
                {
                    return (skeleton[..^1], false);
                }
            }
        }

        return (skeleton, false);
    }

    private static string TrimVowels(string s)
    {
        var end = s.Length;
        while (end > 2 && (Text.Phonemes.IsVowel(s[end - 1]) || s[end - 1] == 'j'))
        {
            end--;
        }

        return s[..end];
    }
}
