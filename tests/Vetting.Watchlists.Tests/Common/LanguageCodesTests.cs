using Vetting.Watchlists.Common;

namespace Vetting.Watchlists.Tests.Common;

public sealed class LanguageCodesTests
{
    [Theory]
    [InlineData("UK", "uk")]
    [InlineData("RU", "ru")]
    [InlineData("Ukrainian", "uk")]
    [InlineData("russian", "ru")]
    [InlineData("ukr", "uk")]
    [InlineData(" EL ", "el")]
    public void Normalise_StatedLanguage_IsIso6391(string raw, string expected) => Assert.Equal(expected, LanguageCodes.Normalise(raw));

    [Theory]
    [InlineData("")]
    [InlineData("Klingonish")]
    [InlineData(null)]
    public void Normalise_UnknownOrBlank_IsNull(string? raw) => Assert.Null(LanguageCodes.Normalise(raw));
}
