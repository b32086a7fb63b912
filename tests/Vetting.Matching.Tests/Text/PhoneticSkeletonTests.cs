using Vetting.Matching.Text;

namespace Vetting.Matching.Tests.Text;

public sealed class PhoneticSkeletonTests
{
    private static string Skeleton(string word) => PhoneticSkeleton.Build(word.ToLowerInvariant(), CyrillicSkeleton.Detect(word));

    [Theory]
    [InlineData("Аксёнов", "Aksyonov")] // BGN/PCGN
    [InlineData("Аксёнов", "Aksenov")] // ICAO 9303, ё written е
    [InlineData("Аксёнов", "Aksjonow")] // German
    [InlineData("Аксёнов", "Aksionov")] // French
    [InlineData("Аксёнов", "Aksënov")] // ISO 9
    [InlineData("Аксёнов", "Aks'onov")] // BGN Ukrainian (Аксьонов)
    [InlineData("Аксьонов", "Aksyonov")]
    [InlineData("Наталья", "Natalia")] // ICAO 2013
    [InlineData("Наталья", "Natalya")]
    [InlineData("Наталья", "Natal'ya")]
    [InlineData("Наталья", "Nataliya")]
    [InlineData("Георгий", "Georgiy")] // BGN
    [InlineData("Георгий", "Georgii")] // ICAO
    [InlineData("Георгий", "Georgij")] // ISO 9 / GOST
    [InlineData("Георгий", "Guéorgui")] // French
    [InlineData("Георгий", "Georgi")] // German
    [InlineData("Георгій", "Heorhii")] // Ukraine KMU-55
    [InlineData("Георгій", "Heorhiy")]
    [InlineData("Валерьевич", "Valeryevich")]
    [InlineData("Валерьевич", "Valerievich")]
    [InlineData("Андреевич", "Andreyevich")]
    [InlineData("Андрійович", "Andriiovych")]
    [InlineData("Андреевич", "Andrejewitsch")] // German
    [InlineData("Щербакова", "Shcherbakova")]
    [InlineData("Щербакова", "Schtscherbakowa")] // German
    [InlineData("Щербакова", "Chtcherbakova")] // French
    [InlineData("Щербакова", "Ŝerbakova")] // ISO 9
    [InlineData("Хрущёв", "Khrushchev")]
    [InlineData("Цеков", "Tsekov")]
    [InlineData("Цеков", "Tcekov")] // ICAO 2010–2013
    [InlineData("Цеков", "Cekov")] // ISO 9
    [InlineData("Белавенцев", "Belavencev")]
    [InlineData("Чубаров", "Çubarov")] // Crimean Tatar Latin
    [InlineData("Чубаров", "Chubarov")]
    [InlineData("Чубаров", "Čubarov")]
    [InlineData("Чубаров", "Tschubarow")]
    [InlineData("Жуков", "Zhukov")]
    [InlineData("Жуков", "Žukov")]
    [InlineData("Евгений", "Yevgeniy")]
    [InlineData("Евгений", "Ievgenii")]
    [InlineData("Евгений", "Jewgeni")]
    [InlineData("Балицкий", "Balytskyi")]
    [InlineData("Балицкий", "Balitskiy")]
    [InlineData("Балицкий", "Balitsky")]
    [InlineData("Юрий", "Iurii")]
    [InlineData("Юрий", "Youri")]
    [InlineData("Пётр", "Pyotr")]
    [InlineData("Пётр", "Petr")]
    [InlineData("Мурадов", "Mouradov")]
    [InlineData("Zawahiri", "Zawahiri")]
    public void Build_TransliterationVariants_GiveOneSkeleton(string native, string variant)
    {
        Assert.Equal(Skeleton(native), Skeleton(variant));
    }

    [Theory]
    [InlineData("Pushkin", "Pushilin")]
    [InlineData("Aksakov", "Aksenov")]
    [InlineData("Ivanov", "Ivanenko")]
    public void Build_DifferentNames_GiveDifferentSkeletons(string a, string b)
    {
        Assert.NotEqual(Skeleton(a), Skeleton(b));
    }

    [Fact]
    public void Build_UkrainianLetters_ReadGAsH()
    {
        Assert.Equal(CyrillicLanguage.Ukrainian, CyrillicSkeleton.Detect("Георгій"));
        Assert.StartsWith("h", Skeleton("Георгій"), StringComparison.Ordinal);
        Assert.StartsWith("g", Skeleton("Георгий"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Aksyonov", "Аксёнов")]
    [InlineData("Zawahiri", "Zawahri")]
    [InlineData("Zawahiri", "ظواهري")]
    [InlineData("Heorhii", "Georgiy")]
    [InlineData("Dzhemilev", "Cemilev")]
    public void CoarseKey_SpellingVariants_Agree(string a, string b)
    {
        Assert.Equal(CoarseKey.Build(Skeleton(a)), CoarseKey.Build(Skeleton(b)));
    }
}
