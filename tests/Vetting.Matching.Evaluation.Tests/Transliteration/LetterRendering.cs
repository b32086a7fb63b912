namespace Vetting.Matching.Evaluation.Tests.Transliteration;

/// <summary>
/// How one Cyrillic letter is written in one system, by context. The first context that applies wins, in the
/// order of the properties.
/// </summary>
/// <param name="Default">Spelling when no context below applies.</param>
internal sealed record LetterRendering(string Default)
{
    /// <summary>At the start of a word.</summary>
    public string? Initial { get; init; }

    /// <summary>After a vowel, й, ъ or ь (iotation contexts: BGN ye, German je, French ie).</summary>
    public string? AfterVowel { get; init; }

    /// <summary>After ж, ч, ш or щ (German and French write ё as o there).</summary>
    public string? AfterSibilant { get; init; }

    /// <summary>Between two vowels (German and French double s there).</summary>
    public string? BetweenVowels { get; init; }

    /// <summary>Before е, ё, и, й, ы, э, і, є, ю, я (French gu, GOST B c).</summary>
    public string? BeforeFrontVowel { get; init; }

    /// <summary>Before any vowel (French é in a hiatus).</summary>
    public string? BeforeVowel { get; init; }
}
