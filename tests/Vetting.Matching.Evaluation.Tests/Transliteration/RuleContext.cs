namespace Vetting.Matching.Evaluation.Tests.Transliteration;

/// <summary>Where a Latin-to-Cyrillic rule would apply: at the start or end of the word, after a vowel, what follows.</summary>
internal readonly record struct RuleContext(bool AtStart, bool AfterVowel, bool AtEnd, char? Previous, char? Next, bool WordWithE, int Remaining)
{
    /// <summary>True when exactly <paramref name="length"/> letters remain, i.e. the rule's letters end the word.</summary>
    public bool AtEndAfter(int length) => Remaining == length;
}
