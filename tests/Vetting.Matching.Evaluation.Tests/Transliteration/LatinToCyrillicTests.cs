namespace Vetting.Matching.Evaluation.Tests.Transliteration;

/// <summary>Rebuilding Cyrillic from OFAC's Latin spellings.</summary>
public sealed class LatinToCyrillicTests
{
    [Theory]
    [InlineData("Sergey Valeryevich AKSYONOV", CyrillicLanguage.Russian, "Сергей Валерьевич АКСЁНОВ")]
    [InlineData("Oleg Evgenyevich Belavencev", CyrillicLanguage.Russian, "Олег Евгеньевич Белавенцев")]
    [InlineData("Natalia Vladimirovna Poklonskaya", CyrillicLanguage.Russian, "Наталия Владимировна Поклонская")]
    [InlineData("Igor Plotnitsky Aleksei Nikolai", CyrillicLanguage.Russian, "Игор Плотницкий Алексей Николай")]
    [InlineData("Eduard Victor Ponomaryov", CyrillicLanguage.Russian, "Эдуард Виктор Пономарёв")]
    [InlineData("Oleksandr Viktorovych Yanukovych", CyrillicLanguage.Ukrainian, "Олександр Вікторович Янукович")]
    [InlineData("Raisa Vasylivna Bohatyriova", CyrillicLanguage.Ukrainian, "Раіса Василівна Богатирьова")]
    [InlineData("Andriy Petrovych Klyuyev Serhii Nataliia", CyrillicLanguage.Ukrainian, "Андрій Петрович Клюєв Сергій Наталія")]
    public void Convert_ListSpelling_GivesPlausibleCyrillic(string latin, CyrillicLanguage language, string expected) =>
        Assert.Equal(expected, LatinToCyrillic.Convert(latin, language));

    [Theory]
    [InlineData("Oleksandr Yanukovych", CyrillicLanguage.Ukrainian)]
    [InlineData("Raisa Bohatyriova", CyrillicLanguage.Ukrainian)]
    [InlineData("Sergey Aksyonov", CyrillicLanguage.Russian)]
    [InlineData("Mikhail Sheremet", CyrillicLanguage.Russian)]
    public void Detect_ListSpelling_FindsOrthography(string latin, CyrillicLanguage expected) =>
        Assert.Equal(expected, LatinToCyrillic.Detect(latin.Split(' ')));
}
