namespace Vetting.Matching.Evaluation.Tests.Generation;

/// <summary>A public figure of the defenders slice: the spellings of their name, their bodies and their titles.</summary>
/// <param name="Spellings">"First|Last" pairs: English, Ukrainian (KMU 55), Crimean Tatar Latin, Russian and Ukrainian Cyrillic.</param>
internal sealed record Defender(string Group, string[] Spellings, string[] Organisations, string[] Titles);
