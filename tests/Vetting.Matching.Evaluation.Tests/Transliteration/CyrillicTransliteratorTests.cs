namespace Vetting.Matching.Evaluation.Tests.Transliteration;

/// <summary>The test-side transliterator against the examples of research doc §4.</summary>
public sealed class CyrillicTransliteratorTests
{
    [Theory]
    [InlineData("Георгий Мурадов", CyrillicSystem.Iso9, "Georgij Muradov")]
    [InlineData("Георгий Мурадов", CyrillicSystem.GostB, "Georgij Muradov")]
    [InlineData("Георгий Мурадов", CyrillicSystem.BgnPcgn, "Georgiy Muradov")]
    [InlineData("Георгий Мурадов", CyrillicSystem.Icao9303, "Georgii Muradov")]
    [InlineData("Георгий Мурадов", CyrillicSystem.German, "Georgi Muradow")]
    [InlineData("Георгий Мурадов", CyrillicSystem.French, "Guéorgui Mouradov")]
    [InlineData("Георгій Мурадов", CyrillicSystem.Ukraine2010, "Heorhii Muradov")]
    [InlineData("Сергей Аксёнов", CyrillicSystem.Iso9, "Sergej Aksënov")]
    [InlineData("Сергей Аксёнов", CyrillicSystem.GostB, "Sergej Aksyonov")]
    [InlineData("Сергей Аксёнов", CyrillicSystem.BgnPcgn, "Sergey Aksënov")]
    [InlineData("Сергей Аксёнов", CyrillicSystem.Icao9303, "Sergei Aksenov")]
    [InlineData("Сергей Аксёнов", CyrillicSystem.German, "Sergej Aksjonow")]
    [InlineData("Сергей Аксёнов", CyrillicSystem.French, "Sergueï Aksionov")]
    [InlineData("Сергій Аксьонов", CyrillicSystem.Ukraine2010, "Serhii Aksonov")]
    [InlineData("Владимир Константинов", CyrillicSystem.German, "Wladimir Konstantinow")]
    [InlineData("Валерьевич", CyrillicSystem.BgnPcgn, "Valer’yevich")]
    [InlineData("Валерьевич", CyrillicSystem.German, "Walerjewitsch")]
    [InlineData("Анастасия Дмитрий Наталья", CyrillicSystem.Icao9303, "Anastasiia Dmitrii Natalia")]
    [InlineData("Цеков", CyrillicSystem.Icao2010, "Tcekov")]
    [InlineData("Цеков Цуканов", CyrillicSystem.GostB, "Cekov Czukanov")]
    [InlineData("Згорани Юлія Євген Їжак", CyrillicSystem.Ukraine2010, "Zghorany Yuliia Yevhen Yizhak")]
    [InlineData("Щукин Хрущёв", CyrillicSystem.Iso9, "Ŝukin Hruŝëv")]
    [InlineData("АКСЁНОВ", CyrillicSystem.Icao9303, "AKSENOV")]
    public void Transliterate_ResearchDocExample_GivesSystemSpelling(string cyrillic, CyrillicSystem system, string expected) =>
        Assert.Equal(expected, CyrillicTransliterator.Transliterate(cyrillic, system));

    [Fact]
    public void Transliterate_EveryTableRow_CoversEveryLetter()
    {
        Assert.All(TransliterationTables.All.Values, table =>
            Assert.All(TransliterationTables.Letters, letter => Assert.True(table.Letters.ContainsKey(letter), $"missing {letter}")));
        Assert.Equal(Enum.GetValues<CyrillicSystem>().Length, TransliterationTables.All.Count);
    }
}
