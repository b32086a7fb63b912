namespace Vetting.Matching.Evaluation.Tests.Transliteration;

/// <summary>Which Cyrillic orthography a name is written in.</summary>
public enum CyrillicLanguage
{
    Russian = 0,
    Ukrainian,
}
