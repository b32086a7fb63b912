using Vetting.Matching.Text;

namespace Vetting.Matching.Names;

/// <summary>
/// Cuts a name into analysed tokens and assigns roles. For list names the list's own structure is used (stated
/// parts, "FAMILY, Given", capitalised family names); for query names only what each token shows by itself.
/// </summary>
internal static class NameParser
{
    /// <param name="keepOriginals">False when the tokens are only scored, never shown.</param>
    public static ParsedName ParseQuery(string? text, bool keepOriginals = true) => Parse(text, useStructure: false, keepOriginals: keepOriginals);

    public static ParsedName ParseListed(ListedName name, AnalysisCache? cache = null, bool keepOriginals = true)
    {
        if (!string.IsNullOrWhiteSpace(name.Family))
        {
            var tokens = new List<NameToken>();
            var language = CyrillicSkeleton.Detect(name.Text + name.Family + name.Given + name.Patronymic);
            AddPart(tokens, name.Given, TokenRole.Given, language, cache, keepOriginals);
            AddPart(tokens, name.Middle, TokenRole.Middle, language, cache, keepOriginals);
            AddPart(tokens, name.Patronymic, TokenRole.Patronymic, language, cache, keepOriginals);
            AddPart(tokens, name.Family, TokenRole.Family, language, cache, keepOriginals);
            if (tokens.Count > 0)
            {
                return new ParsedName(name.Text, [.. tokens]);
            }
        }

        return Parse(name.Text, useStructure: true, cache, keepOriginals);
    }

    public static ParsedName Parse(string? text, bool useStructure, AnalysisCache? cache = null, bool keepOriginals = true)
    {
        var cleaned = TextCleaner.Clean(text);
        var raw = ArabicArticle.Split(Tokenizer.Tokenize(cleaned));
        if (raw.Count == 0)
        {
            return new ParsedName(text ?? string.Empty, []);
        }

        var language = CyrillicSkeleton.Detect(cleaned);
        var surfaces = new string[raw.Count];
        for (var i = 0; i < surfaces.Length; i++)
        {
            surfaces[i] = TokenAnalyzer.Surface(raw[i].Text);
        }

        var keep = new bool[raw.Count];
        var anyKept = false;
        for (var i = 0; i < raw.Count; i++)
        {
            keep[i] = !Honorifics.IsTitle(surfaces[i]);
            anyKept |= keep[i];
        }

        var roles = new TokenRole[raw.Count];
        var traits = new TokenTraits[raw.Count];
        for (var i = 0; i < raw.Count; i++)
        {
            keep[i] |= !anyKept;
            var joinedToNext = i + 1 < raw.Count && raw[i + 1].Joined;
            if (raw.Count > 1 && Particles.IsParticle(surfaces[i], joinedToNext))
            {
                roles[i] = TokenRole.Particle;
                traits[i] |= TokenTraits.Particle;
            }

            if (raw[i].Abbreviated && surfaces[i].Length <= 2 || surfaces[i].Length == 1 && raw.Count > 1)
            {
                traits[i] |= TokenTraits.Initial;
            }

            if (IsCapitalised(raw[i].Text))
            {
                traits[i] |= TokenTraits.Capitalised;
            }
        }

        var tokens = new List<NameToken>(raw.Count);
        for (var i = 0; i < raw.Count; i++)
        {
            if (keep[i])
            {
                tokens.Add(TokenAnalyzer.Analyze(raw[i].Text, surfaces[i], language, roles[i], traits[i], cache, keepOriginals));
            }
        }

        var segments = new int[tokens.Count];
        for (int i = 0, k = 0; i < raw.Count; i++)
        {
            if (keep[i])
            {
                segments[k++] = raw[i].Segment;
            }
        }

        RoleAssigner.Assign(tokens, segments, useStructure);
        return new ParsedName(text ?? string.Empty, [.. tokens]);
    }

    private static void AddPart(List<NameToken> tokens, string? part, TokenRole role, CyrillicLanguage language, AnalysisCache? cache, bool keepOriginals)
    {
        if (string.IsNullOrWhiteSpace(part))
        {
            return;
        }

        var raw = ArabicArticle.Split(Tokenizer.Tokenize(TextCleaner.Clean(part)));
        for (var i = 0; i < raw.Count; i++)
        {
            var surface = TokenAnalyzer.Surface(raw[i].Text);
            if (Honorifics.IsTitle(surface))
            {
                continue;
            }

            var joinedToNext = i + 1 < raw.Count && raw[i + 1].Joined;
            var particle = Particles.IsParticle(surface, joinedToNext) && raw.Count > 1;
            var traits = particle ? TokenTraits.Particle : TokenTraits.None;
            if (surface.Length == 1)
            {
                traits |= TokenTraits.Initial;
            }

            tokens.Add(TokenAnalyzer.Analyze(raw[i].Text, surface, language, particle ? TokenRole.Particle : role, traits, cache, keepOriginals));
        }
    }

    private static bool IsCapitalised(string text)
    {
        var letters = 0;
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }

                letters++;
            }
        }

        return letters >= 2;
    }
}
