namespace Vetting.Matching.Tests.Index;

/// <summary>
/// The registrant's country qualifies a name match: a country the list gives raises it a little, another lowers it
/// a little, never below the review line and never changing a block; text that names no country changes nothing.
/// </summary>
public sealed class CountryQualifierTests
{
    private static readonly MatchIndex Index = MatchIndex.Build(
    [
        new ListedParty
        {
            EntityId = "ofac-sdn:1", Source = "ofac-sdn", Kind = PartyKind.Person, CountryCodes = ["ru"],
            Names = [new ListedName("IVANOV, Pavel Sergeyevich")],
        },
    ]);

    private static MatchResult Match(string first, string last, string? country) =>
        Assert.Single(Index.Screen(new RegistrantQuery { FirstName = first, LastName = last, Country = country }).Matches);

    [Theory]
    [InlineData("Russia")]
    [InlineData("RU")]
    [InlineData("Russian Federation")]
    [InlineData("Россия")]
    public void Screen_CountryTheListGives_RaisesTheMatch(string country)
    {
        var without = Match("Pavel", "Ivanov", null);
        var with = Match("Pavel", "Ivanov", country);

        Assert.True(with.Score > without.Score, $"{with.Score} should be above {without.Score}");
        Assert.Contains("country RU is listed for this person", with.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Screen_AnotherCountry_LowersTheMatchButKeepsItForReview()
    {
        var without = Match("Pavel", "Ivanov", null);
        var with = Match("Pavel", "Ivanov", "Ukraine");

        Assert.True(with.Score < without.Score, $"{with.Score} should be below {without.Score}");
        Assert.True(with.Score >= MatchPolicy.Default.ReviewThreshold);
        Assert.Equal(Decision.Review, with.Decision);
        Assert.Contains("country UA is not among the listed countries", with.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Screen_AnotherCountry_NeverChangesABlock()
    {
        var result = Index.Screen(new RegistrantQuery { FirstName = "Pavel Sergeyevich", LastName = "Ivanov", Country = "Ukraine" });

        Assert.Equal(Decision.Block, result.Decision);
    }

    [Theory]
    [InlineData("Atlantis")]
    [InlineData("<script>")]
    [InlineData("")]
    public void Screen_TextThatNamesNoCountry_ChangesNothing(string country)
    {
        var without = Match("Pavel", "Ivanov", null);
        var with = Match("Pavel", "Ivanov", country);

        Assert.Equal((without.Score, without.Decision, without.Explanation), (with.Score, with.Decision, with.Explanation));
    }

    [Fact]
    public void Load_Snapshot_KeepsTheCountries()
    {
        using var stream = new MemoryStream();
        Index.Save(stream);
        stream.Position = 0;
        var loaded = MatchIndex.Load(stream);

        var result = loaded.Screen(new RegistrantQuery { FirstName = "Pavel", LastName = "Ivanov", Country = "Russia" });

        Assert.Contains("country RU is listed for this person", result.Matches[0].Explanation, StringComparison.Ordinal);
    }
}
