namespace Vetting.Matching.Tests.Scoring;

/// <summary>Every variant class of the research taxonomy must reach at least review against the real list name.</summary>
public sealed class NameComparerVariantTests
{
    private static NameComparison Compare(string query, string listed) =>
        NameComparer.Compare(query, listed, PartyKind.Person, MatchPolicy.Default);

    [Theory]
    [InlineData("Sergei Aksenov", "AKSYONOV, Sergey Valeryevich")] // ICAO / ё as е
    [InlineData("Sergej Aksjonow", "AKSYONOV, Sergey Valeryevich")] // German
    [InlineData("Sergueï Aksionov", "AKSYONOV, Sergey Valeryevich")] // French
    [InlineData("Serhii Aksonov", "AKSYONOV, Sergey Valeryevich")] // Ukrainian KMU
    [InlineData("Сергей Аксёнов", "AKSYONOV, Sergey Valeryevich")] // Cyrillic
    [InlineData("Сергій Аксьонов", "AKSYONOV, Sergey Valeryevich")] // Ukrainian Cyrillic
    [InlineData("Heorhii Muradov", "MURADOV, Georgiy L'vovich")] // Ukrainian system on a Russian-form list
    [InlineData("Guéorgui Mouradov", "MURADOV, Georgiy L'vovich")] // French
    [InlineData("Georgii Muradov", "MURADOV, Georgiy L'vovich")] // ICAO
    [InlineData("Wladimir Konstantinow", "KONSTANTINOV, Vladimir Andreyevich")] // German
    [InlineData("Yevhen Balytskyi", "BALITSKY, Evgeniy Vitalevich")]
    [InlineData("Denys Pushylin", "PUSHILIN, Denis")]
    [InlineData("Petro Zyma", "ZIMA, Pyotr Anatoliyovych")]
    public void Compare_TransliterationSystems_AreAtLeastReview(string query, string listed)
    {
        Assert.NotEqual(Decision.Clear, Compare(query, listed).Decision);
    }

    [Theory]
    [InlineData("Volodymyr Konstantinov", "KONSTANTINOV, Vladimir Andreyevich")]
    [InlineData("Oleksandr Zakharchenko", "ZAKHARCHENKO, Alexander")]
    [InlineData("Mykola Ivanov", "Nikolai IVANOV")]
    [InlineData("Dmytro Ovsyannikov", "OVSYANNIKOV, Dmitry Vladimirovich")]
    [InlineData("Mykhailo Sheremet", "SHEREMET, Mikhail Sergeyevich")]
    [InlineData("Oleksii Chaliy", "CHALIY, Aleksei Mikhailovich")]
    [InlineData("Hennadii Petrov", "Gennady PETROV")]
    public void Compare_RussianUkrainianCognates_AreReviewAndExplained(string query, string listed)
    {
        var result = Compare(query, listed);

        Assert.NotEqual(Decision.Clear, result.Decision);
        Assert.Contains(result.Tokens, t => t.Relation == TokenRelation.Cognate);
    }

    [Theory]
    [InlineData("Sasha Zakharchenko", "ZAKHARCHENKO, Alexander")]
    [InlineData("Volodya Konstantinov", "KONSTANTINOV, Vladimir Andreyevich")]
    [InlineData("Natasha Poklonskaya", "POKLONSKAYA, Natalia Vladimirovna")]
    [InlineData("Zhenya Balitsky", "BALITSKY, Evgeniy Vitalevich")]
    public void Compare_Diminutives_AreReview(string query, string listed)
    {
        var result = Compare(query, listed);

        Assert.Equal(Decision.Review, result.Decision);
        Assert.Contains(result.Tokens, t => t.Relation == TokenRelation.Diminutive);
    }

    [Theory]
    [InlineData("Sergey Aksyonova", "AKSYONOV, Sergey Valeryevich", TokenRelation.GenderForm)]
    [InlineData("Natalia Poklonsky", "POKLONSKAYA, Natalia Vladimirovna", TokenRelation.GenderForm)]
    [InlineData("Natalia Poklonska", "POKLONSKAYA, Natalia Vladimirovna", TokenRelation.Transliteration)]
    public void Compare_GenderEndings_AreReview(string query, string listed, TokenRelation relation)
    {
        var result = Compare(query, listed);

        Assert.Equal(Decision.Review, result.Decision);
        Assert.Contains(result.Tokens, t => t.Relation == relation);
    }

    [Fact]
    public void Compare_FullNameWithPatronymic_Blocks()
    {
        Assert.Equal(Decision.Block, Compare("Sergey Valeryevich Aksyonov", "AKSYONOV, Sergey Valeryevich").Decision);
        Assert.Equal(Decision.Block, Compare("Volodymyr Andriiovych Konstantinov", "KONSTANTINOV, Vladimir Andreyevich").Decision);
        Assert.Equal(Decision.Block, Compare("Георгий Львович Мурадов", "MURADOV, Georgiy L'vovich").Decision);
    }

    [Fact]
    public void Compare_PatronymicAbsent_ReviewsButDoesNotBlock()
    {
        var result = Compare("Vladimir Konstantinov", "KONSTANTINOV, Vladimir Andreyevich");

        Assert.Equal(Decision.Review, result.Decision);
        Assert.Contains(result.Tokens, t => t.Relation == TokenRelation.Missing && t.Note == "patronymic not given");
    }

    [Theory]
    [InlineData("S. Aksyonov")]
    [InlineData("S. V. Aksyonov")]
    [InlineData("Aksyonov S.V.")]
    public void Compare_Initials_AreReview(string query)
    {
        var result = Compare(query, "AKSYONOV, Sergey Valeryevich");

        Assert.Equal(Decision.Review, result.Decision);
        Assert.Contains(result.Tokens, t => t.Relation == TokenRelation.Initial);
    }

    [Theory]
    [InlineData("Aksyonov Sergey")] // surname first
    [InlineData("AKSYONOV, Sergey")] // comma form
    [InlineData("aksyonov sergey valeryevich")] // lower case, Russian order
    [InlineData("Dr. Sergey Aksyonov")] // honorific
    [InlineData("Mr Sergey Aksyonov")]
    [InlineData("Aksyomov Sergey")] // typo
    [InlineData("Sergey Aksyonv")] // typo (deletion)
    public void Compare_OrderTitlesAndTypos_AreAtLeastReview(string query)
    {
        Assert.NotEqual(Decision.Clear, Compare(query, "AKSYONOV, Sergey Valeryevich").Decision);
    }

    [Theory]
    [InlineData("Ayman al-Zawahiri", "AL ZAWAHIRI, Dr. Ayman")]
    [InlineData("Aiman Zawahri", "AL ZAWAHIRI, Dr. Ayman")]
    [InlineData("أيمن الظواهري", "AL ZAWAHIRI, Dr. Ayman")]
    [InlineData("Usama bin Ladin", "BIN LADIN, Usama")]
    [InlineData("Osama bin Laden", "BIN LADEN, Osama")]
    [InlineData("Oliverio Abril Cortez", "ABRIL CORTEZ, Oliverio")]
    public void Compare_ArabicAndCompoundNames_AreAtLeastReview(string query, string listed)
    {
        Assert.NotEqual(Decision.Clear, Compare(query, listed).Decision);
    }

    [Theory]
    [InlineData("Refat Çubarov", "Refat CHUBAROV")]
    [InlineData("Mustafa Cemilev", "Mustafa DZHEMILEV")]
    [InlineData("İlmi Ümerov", "Ilmi UMEROV")]
    public void Compare_CrimeanTatarLatinLetters_MatchTheirTransliteration(string query, string listed)
    {
        Assert.NotEqual(Decision.Clear, Compare(query, listed).Decision);
    }

    [Fact]
    public void Compare_MixedScriptLookAlikes_AreExact()
    {
        var result = Compare("Сергей Aксёнов", "Сергей Аксёнов");

        Assert.Equal(1.0, result.Score);
        Assert.All(result.Tokens, t => Assert.Equal(TokenRelation.Exact, t.Relation));
    }
}
