using Vetting.Matching.Text;

namespace Vetting.Matching.Names;

/// <summary>
/// Cuts a name into analysed tokens and assigns roles. For list names the list's own structure is used (stated
/// parts, "FAMILY, Given", capitalised family names); for query names only what each token shows by itself.
/// </summary>
internal static class NameParser
{
    public static ParsedName ParseQuery(string? text) => Parse(text, useStructure: false);

    public static ParsedName ParseListed(ListedName name)
    {
        if (!string.IsNullOrWhiteSpace(name.Family))
        {
            var tokens = new List<NameToken>();
            var language = CyrillicSkeleton.Detect(name.Text + name.Family + name.Given + name.Patronymic);
            AddPart(tokens, name.Given, TokenRole.Given, language);
            AddPart(tokens, name.Middle, TokenRole.Middle, language);
            AddPart(tokens, name.Patronymic, TokenRole.Patronymic, language);
            AddPart(tokens, name.Family, TokenRole.Family, language);
            if (tokens.Count > 0)
            {
                return new ParsedName(name.Text, [.. tokens]);
            }
        }

        return Parse(name.Text, useStructure: true);
    }

    public static ParsedName Parse(string? text, bool useStructure)
    {
        var cleaned = TextCleaner.Clean(text);
        var raw = ArabicArticle.Split(Tokenizer.Tokenize(cleaned));
        if (raw.Count == 0)
        {
            return new ParsedName(text ?? string.Empty, []);
        }

        var language = CyrillicSkeleton.Detect(cleaned);
        var surfaces = raw.Select(t => TokenAnalyzer.Surface(t.Text)).ToArray();
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
                tokens.Add(TokenAnalyzer.Analyze(raw[i].Text, surfaces[i], language, roles[i], traits[i]));
            }
        }

        var segments = raw.Where((_, i) => keep[i]).Select(t => t.Segment).ToArray();
        RoleAssigner.Assign(tokens, segments, useStructure);
        return new ParsedName(text ?? string.Empty, [.. tokens]);
    }

    private static void AddPart(List<NameToken> tokens, string? part, TokenRole role, CyrillicLanguage language)
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

            tokens.Add(TokenAnalyzer.Analyze(raw[i].Text, surface, language, particle ? TokenRole.Particle : role, traits));
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
