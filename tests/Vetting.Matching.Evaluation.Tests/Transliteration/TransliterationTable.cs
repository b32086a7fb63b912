namespace Vetting.Matching.Evaluation.Tests.Transliteration;

/// <summary>One system: per-letter renderings, letter pairs written together (зг → zgh) and word endings (-ий → i).</summary>
internal sealed record TransliterationTable(
    IReadOnlyDictionary<char, LetterRendering> Letters,
    IReadOnlyDictionary<string, string> Pairs,
    IReadOnlyDictionary<string, string> Endings)
{
    public TransliterationTable With(char letter, LetterRendering rendering) =>
        this with { Letters = new Dictionary<char, LetterRendering>(Letters) { [letter] = rendering } };

    public TransliterationTable WithPair(string pair, string latin) =>
        this with { Pairs = new Dictionary<string, string>(Pairs) { [pair] = latin } };

    public TransliterationTable WithEnding(string ending, string latin) =>
        this with { Endings = new Dictionary<string, string>(Endings) { [ending] = latin } };
}
