namespace Vetting.Matching.Tests.Index;

/// <summary>
/// A registrant's slip of the keyboard in a long family name still reaches the listed person through the index:
/// a dropped letter (Alisahic / ALISPAHIC), a dropped letter that merges two sounds (Gonzaez / GONZALEZ), a changed
/// letter in a short key (Ahmafian / AHMADIAN) and a slip the sound comparison rejects (Klisas / KLISHAS).
/// </summary>
public sealed class TypoRetrievalTests
{
    private static readonly MatchIndex Index = MatchIndex.Build(
        new[] { "ALISPAHIC, Bakir", "GONZALEZ PIZANA, Rogelio", "AHMADIAN, Ali Akbar", "KLISHAS, Andrei", "ALISOV, Bakir", "GONZAGA, Rogelio" }
            .Select((name, i) => new ListedParty
            {
                EntityId = $"ofac-sdn:{i + 1}", Source = "ofac-sdn", Kind = PartyKind.Person, Names = [new ListedName(name)],
            }));

    [Theory]
    [InlineData("Bakir", "Alisahic", "ofac-sdn:1")]
    [InlineData("Rogelio", "Gonzaez Pizana", "ofac-sdn:2")]
    [InlineData("Ali Akbar", "Ahmafian", "ofac-sdn:3")]
    [InlineData("Andrei", "Klisas", "ofac-sdn:4")]
    public void Screen_OneKeystrokeTypoInLongFamilyName_FindsTheListedPerson(string first, string last, string entityId)
    {
        var result = Index.Screen(new RegistrantQuery { FirstName = first, LastName = last });

        Assert.Equal(Decision.Review, result.Decision);
        Assert.Equal(entityId, result.Matches[0].EntityId);
    }

    [Theory]
    [InlineData("Andrei", "Klimov")]
    [InlineData("Bakir", "Alimov")]
    public void Screen_AnotherShortFamilyName_IsClear(string first, string last)
    {
        Assert.Equal(Decision.Clear, Index.Screen(new RegistrantQuery { FirstName = first, LastName = last }).Decision);
    }
}
