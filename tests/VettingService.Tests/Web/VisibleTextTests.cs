using Vetting.Service.Web;

namespace VettingService.Tests.Web;

public sealed class VisibleTextTests
{
    [Theory]
    [InlineData("Олена Гриценко")]
    [InlineData("ليلى الحسيني")]
    [InlineData("می‌خواهم")] // zero-width non-joiner: part of Persian spelling
    [InlineData("<img src=x onerror=alert(1)>")]
    public void Reveal_OrdinaryTextInAnyScript_Unchanged(string text) => Assert.Equal(text, VisibleText.Reveal(text));

    [Theory]
    [InlineData("\u202Eexe.tropmi\u202C Ltd", "[U+202E]exe.tropmi[U+202C] Ltd")]
    [InlineData("Ivan\u200BPetrov", "Ivan[U+200B]Petrov")]
    [InlineData("\u2067Aksonov\u2069", "[U+2067]Aksonov[U+2069]")]
    [InlineData("tab\there", "tab[U+0009]here")]
    public void Reveal_DirectionOverridesAndInvisibleCharacters_ShownAsCodes(string text, string shown) =>
        Assert.Equal(shown, VisibleText.Reveal(text));

    [Fact]
    public void Reveal_Null_Empty() => Assert.Equal("", VisibleText.Reveal(null));
}
