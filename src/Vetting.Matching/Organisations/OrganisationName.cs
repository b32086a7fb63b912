using Vetting.Matching.Text;

namespace Vetting.Matching.Organisations;

/// <summary>An organisation name reduced to its distinctive words (legal forms, filler and quotes removed).</summary>
/// <param name="Text">The name as given.</param>
/// <param name="Originals">The kept words as written.</param>
/// <param name="Skeletons">Their phonetic skeletons.</param>
internal sealed record OrganisationName(string Text, string[] Originals, string[] Skeletons)
{
    public static OrganisationName Parse(string? text)
    {
        var cleaned = TextCleaner.Clean(text);
        var raw = Tokenizer.Tokenize(cleaned);
        var language = CyrillicSkeleton.Detect(cleaned);
        var originals = new List<string>(raw.Count);
        var skeletons = new List<string>(raw.Count);
        var surfaces = new List<string>(raw.Count);
        foreach (var token in raw)
        {
            var surface = Names.TokenAnalyzer.Surface(token.Text);
            var skeleton = PhoneticSkeleton.Build(surface, language);
            originals.Add(token.Text);
            surfaces.Add(surface);
            skeletons.Add(skeleton.Length > 0 ? skeleton : surface);
        }

        var removed = LegalForms.Mark(surfaces, skeletons);
        if (removed.All(r => r))
        {
            return new OrganisationName(text ?? string.Empty, [.. originals], [.. skeletons]);
        }

        return new OrganisationName(
            text ?? string.Empty,
            originals.Where((_, i) => !removed[i]).ToArray(),
            skeletons.Where((_, i) => !removed[i]).ToArray());
    }
}
