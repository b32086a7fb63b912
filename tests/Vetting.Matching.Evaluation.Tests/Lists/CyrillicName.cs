using Vetting.Matching.Evaluation.Tests.Transliteration;

namespace Vetting.Matching.Evaluation.Tests.Lists;

/// <summary>A listed person's name in Cyrillic, part by part.</summary>
/// <param name="Reconstructed">True when rebuilt from the list's Latin spelling (no original script in the list).</param>
internal sealed record CyrillicName(string Given, string? Patronymic, string Family, CyrillicLanguage Language, bool Reconstructed);
