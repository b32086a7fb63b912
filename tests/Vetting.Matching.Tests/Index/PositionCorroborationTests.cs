namespace Vetting.Matching.Tests.Index;

/// <summary>
/// A sanctioned person's listed position is evidence about that person only: it lifts a near name match into review,
/// it never raises a case on its own, and it never blocks.
/// </summary>
public sealed class PositionCorroborationTests
{
    private static readonly MatchIndex Index = MatchIndex.Build(
    [
        new ListedParty
        {
            EntityId = "ofac-sdn:1", Source = "ofac-sdn", Kind = PartyKind.Person,
            Names = [new ListedName("IVANOV, Pavel Sergeyevich")], Positions = ["Deputy Minister of Foreign Affairs"],
        },
    ]);

    private static ScreeningResult Screen(string first, string last, string? title) =>
        Index.Screen(new RegistrantQuery { FirstName = first, LastName = last, JobTitle = title });

    [Fact]
    public void Screen_NearNameWithoutTheListedPosition_IsClear()
    {
        Assert.Equal(Decision.Clear, Screen("Pavel Ivanov", "Smith", "Engineer").Decision);
    }

    [Fact]
    public void Screen_NearNameAndTheListedPosition_ReviewsWithBothInTheExplanation()
    {
        var result = Screen("Pavel Ivanov", "Smith", "Deputy Minister of Foreign Affairs");

        Assert.Equal(Decision.Review, result.Decision);
        var match = Assert.Single(result.Matches);
        Assert.Equal(MatchReason.Name, match.Reason);
        Assert.Contains("job title names the listed position \"Deputy Minister of Foreign Affairs\"", match.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Screen_ListedPositionWithAnotherName_IsClear()
    {
        var result = Screen("Olena", "Kovalenko", "Deputy Minister of Foreign Affairs");

        Assert.Equal(Decision.Clear, result.Decision);
        Assert.Empty(result.Matches);
    }

    [Fact]
    public void Screen_FullNameAndPosition_BlocksOnTheNameAlone()
    {
        var withTitle = Screen("Pavel Sergeyevich", "Ivanov", "Deputy Minister of Foreign Affairs");
        var withoutTitle = Screen("Pavel Sergeyevich", "Ivanov", null);

        Assert.Equal(withoutTitle.Decision, withTitle.Decision);
    }
}
