using Vetting.Matching.Tests.Support;

namespace Vetting.Matching.Tests.Index;

/// <summary>Screening registrants against the real OFAC excerpt plus the curated occupation-authorities list.</summary>
public sealed class MatchIndexScreeningTests
{
    private static ScreeningResult Screen(string? first, string? last, string? email = null, string? organisation = null, string? title = null) =>
        FixtureLists.Index.Screen(new RegistrantQuery { FirstName = first, LastName = last, Email = email, Organization = organisation, JobTitle = title });

    [Fact]
    public void Screen_UkrainianSpellingOfListedOfficial_ReviewsWithExplanation()
    {
        var result = Screen("Heorhii", "Muradov");

        Assert.Equal(Decision.Review, result.Decision);
        var match = result.Matches[0];
        Assert.Equal(MatchReason.Name, match.Reason);
        Assert.Contains("Ukrainian form of the same name", match.Explanation, StringComparison.Ordinal);
        Assert.Contains(match.Tokens, t => t.QueryToken == "Muradov" && t.Relation == TokenRelation.Exact);
    }

    [Fact]
    public void Screen_FullOfacNameWithPatronymic_Blocks()
    {
        var result = Screen("Сергей Валерьевич", "Аксёнов");

        Assert.Equal(Decision.Block, result.Decision);
        Assert.Equal("ofac-sdn:16642", result.Matches[0].EntityId);
        Assert.Equal("ofac-sdn", result.Matches[0].Source);
    }

    [Fact]
    public void Screen_CuratedPersonOnly_NeverBlocks()
    {
        var result = Screen("Georgiy L'vovich", "MURADOV");

        Assert.Equal(Decision.Review, result.Decision);
        Assert.All(result.Matches, m => Assert.StartsWith("vetting-curated:", m.EntityId, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Sergei", "Aksenov", "ofac-sdn:16642")]
    [InlineData("Aksyonov", "Sergey", "ofac-sdn:16642")] // fields swapped
    [InlineData("Sergey Aksyonov", null, "ofac-sdn:16642")] // whole name in one field
    [InlineData(null, "AKSYONOV Sergey Valeryevich", "ofac-sdn:16642")]
    [InlineData("Volodymyr", "Konstantinov", "ofac-sdn:16648")]
    [InlineData("Natalia", "Poklonska", "ofac-sdn:17261")]
    [InlineData("Denys", "Pushylin", "ofac-sdn:16958")]
    [InlineData("Ayman", "al-Zawahiri", "ofac-sdn:2676")]
    [InlineData("Osama", "bin Laden", "ofac-sdn:6365")]
    [InlineData("Petro", "Zyma", "ofac-sdn:16715")]
    [InlineData("Олексій", "Чалий", "ofac-sdn:16678")]
    public void Screen_ListedPersonInAnySpelling_IsFound(string? first, string? last, string entityId)
    {
        var result = Screen(first, last);

        Assert.NotEqual(Decision.Clear, result.Decision);
        Assert.Contains(result.Matches, m => m.EntityId == entityId && m.Reason == MatchReason.Name);
    }

    [Theory]
    [InlineData("Mustafa", "Dzhemilev")]
    [InlineData("Refat", "Chubarov")]
    [InlineData("Emine", "Dzheppar")]
    [InlineData("Nariman", "Dzhelyal")]
    [InlineData("Sergey Valeryevich", "Ivanenko")]
    [InlineData("Denis", "Pushkin")]
    [InlineData("Sergey", "Aksakov")]
    [InlineData("Vladimir", "Konovalov")]
    [InlineData("Serhiy", "Kyslytsya")]
    public void Screen_DefendersAndNearNames_AreClear(string first, string last)
    {
        var result = Screen(first, last);

        Assert.Equal(Decision.Clear, result.Decision);
        Assert.Empty(result.Matches);
    }

    [Fact]
    public void Screen_CuratedDomain_ReviewsAndWildcardCoversSubdomains()
    {
        Assert.Equal(Decision.Review, Screen("Ivan", "Petrov", "press@rk.gov.ru").Decision);
        var sub = Screen("Ivan", "Petrov", "minfin@minfin.rk.gov.ru");
        Assert.Equal(Decision.Review, sub.Decision);
        Assert.Contains(sub.Matches, m => m.Reason == MatchReason.Domain && m.MatchedName == "*.rk.gov.ru");
        Assert.Equal(Decision.Clear, Screen("Ivan", "Petrov", "ivan@notrk.gov.ru").Decision);
    }

    [Fact]
    public void Screen_ListedEmailAddress_BlocksButItsSharedMailHostDoesNot()
    {
        Assert.Equal(Decision.Block, Screen("Ivan", "Petrov", "CrimeaPort@Mail.ru").Decision);
        Assert.Equal(Decision.Clear, Screen("Ivan", "Petrov", "someone.else@mail.ru").Decision);
    }

    [Fact]
    public void Screen_ListedWebsiteDomain_MatchesEmailsAtIt()
    {
        var result = Screen("Ivan", "Petrov", "info@kerchport.com");

        Assert.Contains(result.Matches, m => m.EntityId == "ofac-sdn:18027" && m.Reason == MatchReason.Domain);
    }

    [Fact]
    public void Screen_JobTitleNamingOccupationBody_Reviews()
    {
        var result = Screen("Ivan", "Petrov", title: "Deputy Chairman of the Council of Ministers of the Republic of Crimea");

        Assert.Equal(Decision.Review, result.Decision);
        Assert.All(result.Matches, m => Assert.Equal(MatchReason.Position, m.Reason));
    }

    [Theory]
    [InlineData("Permanent Representation of the President of Ukraine in the Autonomous Republic of Crimea", "Permanent Representative of the President of Ukraine in the Autonomous Republic of Crimea")]
    [InlineData("Mejlis of the Crimean Tatar People", "Chairman")]
    [InlineData("Crimean Human Rights Group", "Coordinator")]
    [InlineData("Ministry of Foreign Affairs of Ukraine", "Deputy Minister of Foreign Affairs")]
    public void Screen_LegitimateUkrainianAndCivilBodies_AreClear(string organisation, string title)
    {
        Assert.Equal(Decision.Clear, Screen("Olena", "Kovalenko", organisation: organisation, title: title).Decision);
    }

    [Theory]
    [InlineData("JSC Sevastopolsky Morskoy Bank", "ofac-sdn:19034")]
    [InlineData("Совет министров Республики Крым", "vetting-curated:2")]
    [InlineData("Krympatriotcentr", "vetting-curated:21")]
    public void Screen_OrganisationField_MatchesListedOrganisation(string organisation, string entityId)
    {
        var result = Screen("Ivan", "Petrov", organisation: organisation);

        Assert.Equal(Decision.Review, result.Decision);
        Assert.Contains(result.Matches, m => m.EntityId == entityId && m.Reason == MatchReason.Organisation);
    }

    [Fact]
    public void Screen_ArabicNameWithoutNasab_MatchesTheFullListedName()
    {
        var index = MatchIndex.Build([new ListedParty
        {
            EntityId = "t:1",
            Source = "t",
            Kind = PartyKind.Person,
            Names = [new ListedName("BIN LADIN, Usama bin Muhammad bin Awad")],
        }]);

        var result = index.Screen(new RegistrantQuery { FirstName = "Osama", LastName = "bin Laden" });

        Assert.Equal(Decision.Review, result.Decision);
        Assert.Contains(result.Matches[0].Tokens, t => t.Relation == TokenRelation.Missing && t.Note == "middle name not given");
    }

    [Fact]
    public void Screen_PersonWhoseSurnameIsAListedCompany_IsNotMatchedThroughAShortGivenName()
    {
        var index = MatchIndex.Build([new ListedParty
        {
            EntityId = "t:2",
            Source = "t",
            Kind = PartyKind.Organisation,
            Names = [new ListedName("SMITH TRADING LTD")],
        }]);

        Assert.Equal(Decision.Clear, index.Screen(new RegistrantQuery { FirstName = "Ann", LastName = "Smith" }).Decision);
        Assert.Equal(Decision.Review, index.Screen(new RegistrantQuery { Organization = "Smith Trading Limited" }).Decision);
    }

    [Fact]
    public void Screen_FieldLongerThanPolicyAllows_ThrowsClearError()
    {
        var error = Assert.Throws<ArgumentException>(() => FixtureLists.Index.Screen(new RegistrantQuery { LastName = new string('a', 1_000_000) }));

        Assert.Contains("LastName", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Screen_EmptyQuery_IsClear()
    {
        Assert.Same(ScreeningResult.Clear, FixtureLists.Index.Screen(new RegistrantQuery()));
    }
}
