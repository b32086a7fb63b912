using Vetting.Matching.Names;

namespace Vetting.Matching.Scoring;

/// <summary>
/// Compares two analysed tokens and names the relation: exact, transliteration (same skeleton or only cheap
/// spelling-system edits), gender form, cognate or diminutive (given-name table), initial, typo, or different.
/// </summary>
internal static class TokenComparer
{
    public const double ExactScore = 1.0;
    public const double SameSkeletonScore = 0.98;
    public const double CognateScore = 0.95;
    public const double GenderFormScore = 0.90;
    public const double DiminutiveScore = 0.88;
    public const double InitialScore = 0.80;

    /// <summary>Score of one keyboard slip in a long name (<see cref="IsOneKeystrokeTypo"/>).</summary>
    public const double KeystrokeTypoScore = 0.88;

    /// <summary>Names shorter than this are too short for a keyboard slip to be told from another name.</summary>
    private const int MinKeystrokeTypoLength = 7;

    /// <summary>A typo is accepted only at or above this similarity (Aksyomov/Aksyonov 0.91; Pushkin/Pushilin 0.79 is not).</summary>
    public const double TypoFloor = 0.85;

    public static TokenScore Compare(NameToken query, NameToken listed)
    {
        if (string.Equals(query.Surface, listed.Surface, StringComparison.Ordinal))
        {
            return new TokenScore(ExactScore, TokenRelation.Exact, true);
        }

        if (query.IsInitial || listed.IsInitial)
        {
            return CompareInitial(query, listed);
        }

        if (SameSkeleton(query, listed))
        {
            return new TokenScore(SameSkeletonScore, TokenRelation.Transliteration, true);
        }

        if (TryGroup(query, listed, out var grouped))
        {
            return grouped;
        }

        // Two known given names from different groups are different names, however close the letters
        // (Viktor / Viktoriya, Ivan / Ivanna, Oleg / Olga).
        if (query.Groups.Length > 0 && listed.Groups.Length > 0)
        {
            return TokenScore.None;
        }

        var queryFeminine = (query.Traits & TokenTraits.FeminineForm) != 0;
        var listedFeminine = (listed.Traits & TokenTraits.FeminineForm) != 0;
        if (queryFeminine != listedFeminine && query.Stem.Length >= 4 && string.Equals(query.Stem, listed.Stem, StringComparison.Ordinal))
        {
            return new TokenScore(GenderFormScore, TokenRelation.GenderForm, true);
        }

        var best = CompareSpelling(query.Skeleton, listed.Skeleton);
        if (query.AltSkeleton is not null || listed.AltSkeleton is not null)
        {
            best = Better(best, CompareSpelling(query.AltSkeleton ?? query.Skeleton, listed.Skeleton));
            best = Better(best, CompareSpelling(query.Skeleton, listed.AltSkeleton ?? listed.Skeleton));
            best = Better(best, CompareSpelling(query.AltSkeleton ?? query.Skeleton, listed.AltSkeleton ?? listed.Skeleton));
        }

        return best.Accepted || !IsOneKeystrokeTypo(query.Surface, listed.Surface) ? best : new TokenScore(KeystrokeTypoScore, TokenRelation.Typo, true);
    }

    /// <summary>
    /// One slip of the keyboard in a long written name (a letter dropped, added, changed, or two swapped:
    /// Klisas / KLISHAS, Rantsii / RANTISI), which can change the sound more than the skeleton comparison allows.
    /// Both names must be long and start alike; a near surname is two or more edits away (Pushkin / Pushilin).
    /// </summary>
    internal static bool IsOneKeystrokeTypo(string a, string b)
    {
        if (Math.Min(a.Length, b.Length) < MinKeystrokeTypoLength - 1 || Math.Max(a.Length, b.Length) < MinKeystrokeTypoLength
            || Math.Abs(a.Length - b.Length) > 1 || a[0] != b[0])
        {
            return false;
        }

        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i])
        {
            i++;
        }

        if (a.Length == b.Length)
        {
            return i == a.Length
                || a.AsSpan(i + 1).SequenceEqual(b.AsSpan(i + 1))
                || (i + 1 < a.Length && a[i] == b[i + 1] && a[i + 1] == b[i] && a.AsSpan(i + 2).SequenceEqual(b.AsSpan(i + 2)));
        }

        return a.Length > b.Length ? a.AsSpan(i + 1).SequenceEqual(b.AsSpan(i)) : b.AsSpan(i + 1).SequenceEqual(a.AsSpan(i));
    }

    private static bool SameSkeleton(NameToken a, NameToken b) =>
        string.Equals(a.Skeleton, b.Skeleton, StringComparison.Ordinal)
        || (a.AltSkeleton is not null && string.Equals(a.AltSkeleton, b.Skeleton, StringComparison.Ordinal))
        || (b.AltSkeleton is not null && string.Equals(a.Skeleton, b.AltSkeleton, StringComparison.Ordinal))
        || (a.AltSkeleton is not null && string.Equals(a.AltSkeleton, b.AltSkeleton, StringComparison.Ordinal));

    private static TokenScore Better(TokenScore a, TokenScore b) =>
        b.Accepted && (!a.Accepted || b.Similarity > a.Similarity) ? b : a;

    /// <summary>Edit-based comparison of two skeletons (also used for organisation words).</summary>
    public static TokenScore CompareSpelling(string a, string b)
    {
        var length = Math.Max(a.Length, b.Length);
        if (length == 0)
        {
            return TokenScore.None;
        }

        // A spelling-system difference may cost a quarter of the shorter name: measured against the longer one, a short
        // name would meet any long one that merely contains its letters (Titov / Tyatyeyeva, Mraz / Myarasoy). A typo
        // must keep TypoFloor of the longer name. No alignment above both can be accepted, so the
        // distance may stop early.
        var transliterationLimit = TransliterationLimit(a.Length, b.Length);
        var (cost, hard) = EditDistance.Compute(a, b, SpellingLimit(a.Length, b.Length));
        if (double.IsPositiveInfinity(cost))
        {
            return TokenScore.None;
        }

        if (hard == 0 && cost <= transliterationLimit)
        {
            return new TokenScore(Math.Max(0.85, 1 - (0.5 * cost / length)), TokenRelation.Transliteration, true);
        }

        var similarity = Math.Max(0, 1 - (cost / length));
        var hardAllowed = length >= 11 ? 2.0 : length >= 5 ? 1.0 : 0;
        if (hard <= hardAllowed && similarity >= TypoFloor)
        {
            return new TokenScore(similarity, TokenRelation.Typo, true);
        }

        return new TokenScore(similarity, TokenRelation.Different, false);
    }

    /// <summary>Most a spelling-system difference may cost: a quarter of the shorter skeleton, at least 0.6.</summary>
    private static double TransliterationLimit(int aLength, int bLength) => Math.Max(0.6, 0.25 * Math.Min(aLength, bLength));

    /// <summary>Above this edit cost no two skeletons of these lengths are accepted by <see cref="CompareSpelling"/>.</summary>
    public static double SpellingLimit(int aLength, int bLength) =>
        Math.Max(TransliterationLimit(aLength, bLength), (1 - TypoFloor) * Math.Max(aLength, bLength));

    private static TokenScore CompareInitial(NameToken query, NameToken listed)
    {
        if (query.IsInitial && listed.IsInitial)
        {
            var same = query.Skeleton.Length > 0 && listed.Skeleton.Length > 0
                && PhoneticCost.Substitute(query.Skeleton[0], listed.Skeleton[0]) <= PhoneticCost.CheapLimit;
            return same ? new TokenScore(InitialScore, TokenRelation.Initial, true) : TokenScore.None;
        }

        var initial = query.IsInitial ? query : listed;
        var full = query.IsInitial ? listed : query;
        if (initial.Skeleton.Length == 0 || full.Skeleton.Length == 0 || full.IsParticle)
        {
            return TokenScore.None;
        }

        // Compare the first sound; a Latin initial "Y"/"I" may stand for a glide (Yevhen → E...).
        var a = initial.Skeleton[0];
        var b = full.Skeleton[0];
        var first = full.Surface.Length > 0 ? FirstLetterSound(full) : b;
        var agrees = PhoneticCost.Substitute(a, b) <= PhoneticCost.CheapLimit || a == first
            || PhoneticCost.Substitute(a, first) <= PhoneticCost.CheapLimit;
        return agrees ? new TokenScore(InitialScore, TokenRelation.Initial, true) : TokenScore.None;
    }

    /// <summary>The sound of the written first letter alone (Yevhen's Y, Chaliy's C), which an initial may stand for.</summary>
    private static char FirstLetterSound(NameToken token)
    {
        var skeleton = Text.PhoneticSkeleton.Build(token.Surface[..1], Text.CyrillicLanguage.Russian);
        return skeleton.Length > 0 ? skeleton[0] : '\0';
    }

    private static bool TryGroup(NameToken query, NameToken listed, out TokenScore score)
    {
        foreach (var q in query.Groups)
        {
            foreach (var l in listed.Groups)
            {
                if (q.Group != l.Group)
                {
                    continue;
                }

                var diminutive = q.Form == GivenNameForm.Diminutive || l.Form == GivenNameForm.Diminutive;
                score = diminutive
                    ? new TokenScore(DiminutiveScore, TokenRelation.Diminutive, true, q.Form, l.Form)
                    : new TokenScore(CognateScore, TokenRelation.Cognate, true, q.Form, l.Form);
                return true;
            }
        }

        score = default;
        return false;
    }
}
