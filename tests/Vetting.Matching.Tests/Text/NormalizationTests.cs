using Vetting.Matching.Text;

namespace Vetting.Matching.Tests.Text;

public sealed class NormalizationTests
{
    [Fact]
    public void Clean_BidiOverridesAndControls_AreRemoved()
    {
        Assert.Equal("Ivan Petrov", TextCleaner.Clean("\u202EIvan\u200B\u0007 \u00A0Petrov\u202C"));
    }

    [Fact]
    public void Clean_LoneSurrogate_IsDroppedNotThrown()
    {
        Assert.Equal("Ivan", TextCleaner.Clean("Iv\uD800an"));
    }

    [Theory]
    [InlineData("Сергей Aксёнов", "сергей аксёнов")] // Latin A in a Cyrillic word
    [InlineData("Сompany", "company")] // Cyrillic С in a Latin word
    [InlineData("PUSHIЛIN", "pushiлin")] // no look-alike for Л: kept
    [InlineData("Pоklonskaya", "poklonskaya")] // Cyrillic о inside Latin
    public void Normalize_MixedScriptLookAlikes_AreFolded(string input, string expected)
    {
        Assert.Equal(expected, NameNormalizer.Normalize(input));
    }

    [Fact]
    public void Normalize_Punctuation_SplitsTokensButKeepsInnerApostrophes()
    {
        Assert.Equal("muradov georgiy l'vovich", NameNormalizer.Normalize("MURADOV, Georgiy L'vovich"));
        Assert.Equal("al zawahiri ayman", NameNormalizer.Normalize("AL-ZAWAHIRI, «Ayman»"));
    }
}
