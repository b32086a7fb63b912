namespace Vetting.Matching.Tests.Index;

/// <summary>
/// Organisation and job-title screening: generic words (ministry, group, head, deputy...) never link a match alone,
/// the place that qualifies a body counts, a sanctioned person's position is no evidence about a registrant, and the
/// curated occupation offices are still found inside longer job titles.
/// </summary>
public sealed class WordScreeningTests
{
    private static readonly MatchIndex Index = MatchIndex.Build(
    [
        new ListedParty
        {
            EntityId = "ofac-sdn:9444", Source = "ofac-sdn", Kind = PartyKind.Person,
            Names = [new ListedName("IVANOV, Pavel")], Positions = ["Deputy Minister of Foreign Affairs", "Chief of Staff"],
        },
        new ListedParty { EntityId = "un-sc:1", Source = "un-sc", Kind = PartyKind.Organisation, Names = [new ListedName("MINISTRY OF DEFENCE")] },
        new ListedParty { EntityId = "ofac-sdn:6366", Source = "ofac-sdn", Kind = PartyKind.Organisation, Names = [new ListedName("THE JIHAD GROUP")] },
        new ListedParty { EntityId = "ofac-sdn:4579", Source = "ofac-sdn", Kind = PartyKind.Organisation, Names = [new ListedName("MANAURE S.A.")] },
        new ListedParty { EntityId = "ofac-sdn:22554", Source = "ofac-sdn", Kind = PartyKind.Organisation, Names = [new ListedName("WOLF HOLDING COMPANY")] },
        new ListedParty
        {
            EntityId = "vetting-curated:head", Source = "vetting-curated", Kind = PartyKind.Organisation, ReviewOnly = true,
            Names = [new ListedName("Head of the Republic of Crimea (office)"), new ListedName("Head of Crimea")],
        },
        new ListedParty
        {
            EntityId = "vetting-curated:sovmin", Source = "vetting-curated", Kind = PartyKind.Organisation, ReviewOnly = true,
            Names = [new ListedName("Council of Ministers of the Republic of Crimea")],
        },
        new ListedParty
        {
            EntityId = "vetting-curated:danilenko", Source = "vetting-curated", Kind = PartyKind.Person, ReviewOnly = true,
            Names = [new ListedName("Sergei Andreevich DANILENKO")],
            Positions = ["Leadership of the Sevastopol Election Commission in 2019 (exact role not verified)"],
        },
    ]);

    private static ScreeningResult Screen(string? organisation, string? title) =>
        Index.Screen(new RegistrantQuery { FirstName = "Olena", LastName = "Kovalenko", Organization = organisation, JobTitle = title });

    [Theory]
    [InlineData("Ministry of Foreign Affairs of Ukraine", "First Deputy Minister of Foreign Affairs of Ukraine")]
    [InlineData("Anti-Corruption Foundation", "Chief of Staff")]
    [InlineData("Ministry of Defence of Ukraine", "Minister of Defence of Ukraine")]
    [InlineData("Crimean Human Rights Group", "Head of the Board, Crimean Human Rights Group")]
    [InlineData("Crimean Tatar Resource Center", "Head of the Crimean Tatar Resource Center")]
    [InlineData("Council of Ministers of the Autonomous Republic of Crimea", "Deputy Permanent Representative")]
    [InlineData("Wolff LLC", "Senior Engineer")]
    public void Screen_GenericWordsOrAnotherPlace_AreClear(string organisation, string title)
    {
        var result = Screen(organisation, title);

        Assert.Equal(Decision.Clear, result.Decision);
        Assert.Empty(result.Matches);
    }

    [Theory]
    [InlineData(null, "Deputy Chairman of the Council of Ministers of the Republic of Crimea", "vetting-curated:sovmin", MatchReason.Position)]
    [InlineData(null, "Head of Crimea", "vetting-curated:head", MatchReason.Position)]
    [InlineData(null, "Leadership of the Sevastopol Election Commission", "vetting-curated:danilenko", MatchReason.Position)]
    [InlineData("Ministry of Defence", null, "un-sc:1", MatchReason.Organisation)]
    [InlineData("Manaure", null, "ofac-sdn:4579", MatchReason.Organisation)]
    public void Screen_ListedBodyOrCuratedOffice_Reviews(string? organisation, string? title, string entityId, MatchReason reason)
    {
        var result = Screen(organisation, title);

        Assert.Equal(Decision.Review, result.Decision);
        Assert.Contains(result.Matches, m => m.EntityId == entityId && m.Reason == reason);
    }

    [Fact]
    public void Screen_SameOrganisationUnderAnotherPolicy_IsJudgedByThatPolicy()
    {
        // The outcome of a text is kept per policy: a strict policy's verdict must not carry over to a lenient one.
        var query = new RegistrantQuery { FirstName = "Olena", LastName = "Kovalenko", Organization = "Council of Ministers of Crimea" };
        var strict = MatchPolicy.Default with { ReviewThreshold = 0.99, BlockThreshold = 0.99 };

        var underStrict = Index.Screen(query, strict);
        var lenient = Index.Screen(query, MatchPolicy.Default);
        var again = Index.Screen(query, MatchPolicy.Default);

        Assert.Equal(Decision.Review, lenient.Decision);
        Assert.Equal(Decision.Clear, underStrict.Decision);
        Assert.Equal(lenient.Matches.Select(m => (m.EntityId, m.Score)), again.Matches.Select(m => (m.EntityId, m.Score)));
    }
}
