using System.Collections.Concurrent;
using Vetting.Matching.Text;

namespace Vetting.Matching.Names;

/// <summary>Turns one raw token into a <see cref="NameToken"/>: folding, skeleton, stems, key, given-name groups.</summary>
internal static class TokenAnalyzer
{
    /// <summary>Lower case with look-alike letters folded: the surface used for exact comparison.</summary>
    public static string Surface(string original) =>
        Homoglyphs.Fold(Homoglyphs.Fold(original).ToLowerInvariant()).Normalize(System.Text.NormalizationForm.FormKC);

    /// <summary>Analysed tokens by (surface, orthography, traits), shared by all threads; bounded so it cannot grow without limit.</summary>
    private static readonly ConcurrentDictionary<(string Surface, CyrillicLanguage Language, TokenTraits Traits), NameToken> Cache = new();
    private const int CacheLimit = 200_000;

    /// <param name="local">A caller-owned cache without size limit (index builds); null for the shared bounded one.</param>
    /// <param name="keepOriginal">False when the caller never shows the token (index builds, retrieval): saves a copy per token.</param>
    public static NameToken Analyze(string original, string surface, CyrillicLanguage language, TokenRole role, TokenTraits traits, AnalysisCache? local = null, bool keepOriginal = true)
    {
        var key = (surface, language, traits);
        NameToken? core;
        if (local is not null)
        {
            if (!local.TryGetValue(key, out core))
            {
                core = AnalyzeUncached(surface, language, traits);
                local[key] = core;
            }
        }
        else if (!Cache.TryGetValue(key, out core))
        {
            core = AnalyzeUncached(surface, language, traits);
            if (Cache.Count < CacheLimit)
            {
                Cache.TryAdd(key, core);
            }
        }

        if (!keepOriginal || ReferenceEquals(core.Original, original) || string.Equals(core.Original, original, StringComparison.Ordinal))
        {
            return core.Role == role ? core : core with { Role = role };
        }

        return core with { Original = original, Role = role };
    }

    private static NameToken AnalyzeUncached(string surface, CyrillicLanguage language, TokenTraits traits)
    {
        const TokenRole role = TokenRole.Unknown;
        var original = surface;
        var skeleton = PhoneticSkeleton.Build(surface, language);
        if (skeleton.Length == 0)
        {
            skeleton = surface;
        }

        var groups = GivenNames.Lookup(skeleton);
        if (groups.Length > 0)
        {
            traits |= TokenTraits.KnownGivenName;
        }

        if (surface.Length == 1 || (traits & TokenTraits.Initial) != 0)
        {
            traits |= TokenTraits.Initial;
        }

        if (IsDigits(surface))
        {
            traits |= TokenTraits.Number;
        }

        string stem;
        if (NameForms.IsPatronymic(skeleton))
        {
            traits |= TokenTraits.PatronymicForm;
            stem = NameForms.PatronymicStem(skeleton);
        }
        else if (groups.Length == 0)
        {
            var (familyStem, feminine) = NameForms.FamilyStem(skeleton);
            stem = familyStem;
            if (feminine)
            {
                traits |= TokenTraits.FeminineForm;
            }
        }
        else
        {
            stem = skeleton;
        }

        var alt = AlternativeSkeleton(surface, language, skeleton);
        return new NameToken(original, surface, skeleton, stem, CoarseKey.Build(skeleton), groups, role, traits)
        {
            AltSkeleton = alt,
            AltKey = alt is null ? null : CoarseKey.Build(alt),
        };
    }

    /// <summary>The skeleton with every Latin x read as х (kh), when that differs from the usual ks reading.</summary>
    internal static string? AlternativeSkeleton(string surface, CyrillicLanguage language, string skeleton)
    {
        if (!surface.Contains('x', StringComparison.Ordinal))
        {
            return null;
        }

        var alt = PhoneticSkeleton.Build(surface.Replace('x', 'х'), language);
        return alt == skeleton ? null : alt;
    }

    private static bool IsDigits(string s)
    {
        foreach (var c in s)
        {
            if (!char.IsDigit(c))
            {
                return false;
            }
        }

        return s.Length > 0;
    }
}
