namespace Vetting.Matching.Tests.Scoring;

/// <summary>The non-match classes: one part only, another surname, a near surname, shared first names.</summary>
public sealed class NameComparerNonMatchTests
{
    private static NameComparison Compare(string query, string listed) =>
        NameComparer.Compare(query, listed, PartyKind.Person, MatchPolicy.Default);

    [Theory]
    [InlineData("Aksyonov", "AKSYONOV, Sergey Valeryevich")] // family name only
    [InlineData("Sergey", "AKSYONOV, Sergey Valeryevich")] // given name only
    [InlineData("Sergey Valeryevich", "AKSYONOV, Sergey Valeryevich")] // given name and patronymic only
    public void Compare_OnePartOnly_IsClear(string query, string listed)
    {
        Assert.Equal(Decision.Clear, Compare(query, listed).Decision);
    }

    [Theory]
    [InlineData("Sergey Valeryevich Ivanenko", "AKSYONOV, Sergey Valeryevich")]
    [InlineData("Sergey Ivanov", "AKSYONOV, Sergey Valeryevich")]
    [InlineData("Vladimir Konovalov", "KONSTANTINOV, Vladimir Andreyevich")]
    [InlineData("Natalia Vladimirovna Petrova", "POKLONSKAYA, Natalia Vladimirovna")]
    public void Compare_SameGivenNameOtherSurname_IsClear(string query, string listed)
    {
        var result = Compare(query, listed);

        Assert.Equal(Decision.Clear, result.Decision);
        Assert.Contains("not a match", result.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Denis Pushkin", "PUSHILIN, Denis")]
    [InlineData("Sergey Aksakov", "AKSYONOV, Sergey Valeryevich")]
    [InlineData("Mikhail Malyshkin", "MALYSHEV, Mikhail Grigorevich")]
    [InlineData("Oleg Savchenko", "SAVELYEV, Oleg Genrikhovich")]
    public void Compare_NearSurname_IsClear(string query, string listed)
    {
        Assert.Equal(Decision.Clear, Compare(query, listed).Decision);
    }

    // A short name whose letters a much longer one merely contains (glides and vowels inserted) is another name:
    // spelling systems change letters, they do not add syllables.
    [Theory]
    [InlineData("Oleg Titov", "TYATYEYEVA, Olga")]
    [InlineData("Pavel Mraz", "MYARASOY, Pavel")]
    [InlineData("Ramiro Lopez", "YARAMOIER, Ramiro")]
    public void Compare_ShortNameInsideLongerOne_IsClear(string query, string listed)
    {
        Assert.Equal(Decision.Clear, Compare(query, listed).Decision);
    }

    [Theory]
    [InlineData("Ivan Aksyonov", "AKSYONOV, Sergey Valeryevich")] // same surname, other given name
    [InlineData("Sergey Ivanovich Aksyonov", "AKSYONOV, Sergey Valeryevich")] // other patronymic
    public void Compare_SameSurnameOtherGivenNameOrPatronymic_IsClear(string query, string listed)
    {
        Assert.Equal(Decision.Clear, Compare(query, listed).Decision);
    }

    [Theory]
    [InlineData("Mustafa Dzhemilev")]
    [InlineData("Refat Chubarov")]
    [InlineData("Emine Dzheppar")]
    [InlineData("Nariman Dzhelyal")]
    [InlineData("Ilmi Umerov")]
    [InlineData("Akhtem Chiygoz")]
    [InlineData("Serhiy Kyslytsya")]
    [InlineData("Dmytro Kuleba")]
    [InlineData("Ruslan Zeytullaev")]
    public void Compare_DefendersAndDiplomats_DoNotMatchOfficialsSharingAFirstName(string person)
    {
        string[] officials =
        [
            "BALBEK, Ruslan Ismailovich", "ROMASHKIN, Ruslan Aleksandrovich", "TEMIRGALIEV, Rustam Ilmirovich",
            "AKSYONOV, Sergey Valeryevich", "MURADOV, Georgiy L'vovich", "OVSYANNIKOV, Dmitry Vladimirovich",
            "TSEKOV, Sergey Pavlovich", "MENYAILO, Sergei Ivanovich",
        ];
        foreach (var official in officials)
        {
            Assert.Equal(Decision.Clear, Compare(person, official).Decision);
        }
    }
}
