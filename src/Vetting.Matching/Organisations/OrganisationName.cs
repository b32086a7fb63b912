using Vetting.Matching.Text;

namespace Vetting.Matching.Organisations;

/// <summary>An organisation name reduced to its words: legal forms, filler and quotes removed.</summary>
/// <param name="Text">The name as given.</param>
/// <param name="Originals">The kept words as written.</param>
/// <param name="Skeletons">Their phonetic skeletons.</param>
/// <param name="Generic">Per kept word: true for a generic word (<see cref="GenericWords"/>).</param>
internal sealed record OrganisationName(string Text, string[] Originals, string[] Skeletons, bool[] Generic)
{
    public static OrganisationName Parse(string? text)
    {
        var cleaned = TextCleaner.Clean(text);
        var raw = JoinLetterAbbreviations(Tokenizer.Tokenize(cleaned));
        var language = CyrillicSkeleton.Detect(cleaned);
        var originals = new List<string>(raw.Count);
        var skeletons = new List<string>(raw.Count);
        var surfaces = new List<string>(raw.Count);
        foreach (var token in raw)
        {
            var surface = Names.TokenAnalyzer.Surface(token);
            var skeleton = PhoneticSkeleton.Build(surface, language);
            originals.Add(token);
            surfaces.Add(surface);
            skeletons.Add(skeleton.Length > 0 ? skeleton : surface);
        }

        var removed = LegalForms.Mark(surfaces, skeletons);
        var keepAll = removed.All(r => r);
        var kept = Enumerable.Range(0, raw.Count).Where(i => keepAll || !removed[i]).ToArray();
        return new OrganisationName(
            text ?? string.Empty,
            [.. kept.Select(i => originals[i])],
            [.. kept.Select(i => skeletons[i])],
            [.. kept.Select(i => GenericWords.Contains(surfaces[i], skeletons[i]))]);
    }

    /// <summary>
    /// Letters written with periods form one word: <c>S.A.</c> is <c>SA</c>, <c>C.V.</c> is <c>CV</c>, <c>T.M.G.</c> is
    /// <c>TMG</c>, so legal forms are recognised and acronyms compare as wholes.
    /// </summary>
    private static List<string> JoinLetterAbbreviations(List<RawToken> tokens)
    {
        var words = new List<string>(tokens.Count);
        for (var i = 0; i < tokens.Count; i++)
        {
            var end = i;
            while (end < tokens.Count && tokens[end].Text.Length == 1 && tokens[end].Abbreviated)
            {
                end++;
            }

            if (end - i >= 2)
            {
                words.Add(string.Concat(tokens.Skip(i).Take(end - i).Select(t => t.Text)));
                i = end - 1;
            }
            else
            {
                words.Add(tokens[i].Text);
            }
        }

        return words;
    }
}
