namespace Vetting.Matching.Tests.Scoring;

public sealed class OrganisationComparerTests
{
    private static NameComparison Compare(string a, string b) => NameComparer.Compare(a, b, PartyKind.Organisation, MatchPolicy.Default);

    [Theory]
    [InlineData("OOO \"Neobit\"", "OBSHCHESTVO S OGRANICHENNOI OTVETSTVENNOSTYU NEOBIT")]
    [InlineData("Neobit LLC", "OBSHCHESTVO S OGRANICHENNOI OTVETSTVENNOSTYU NEOBIT")]
    [InlineData("ООО «Необит»", "NEOBIT, OOO")]
    [InlineData("JSC Sevastopolsky Morskoy Bank", "AKTSIONERNOE OBSHCHESTVO SEVASTOPOLSKIY MORSKOY BANK")]
    [InlineData("AO Pasit", "AKTSIONERNOE OBSHCHESTVO PASIT")]
    [InlineData("so-called Council of Ministers of the Republic of Crimea", "Council of Ministers of the Republic of Crimea")]
    [InlineData("Krymskaya Gazeta", "Крымская газета")]
    public void Compare_LegalFormsQuotesAndTransliteration_Match(string a, string b)
    {
        Assert.True(Compare(a, b).Score >= MatchPolicy.Default.ReviewThreshold, $"{a} / {b}: {Compare(a, b).Score}");
    }

    [Theory]
    [InlineData("Crimean Human Rights Group", "Crimean Railway")]
    [InlineData("Mejlis of the Crimean Tatar People", "State Council of the Republic of Crimea")]
    [InlineData("Ministry of Education and Science of Ukraine", "Ministry of Education, Science and Youth of the Republic of Crimea")]
    [InlineData("Sevastopol Bank", "JOINT STOCK COMPANY SEVASTOPOLSKY MORSKOY BANK")]
    public void Compare_OtherOrganisationsSharingWords_AreClear(string a, string b)
    {
        Assert.Equal(Decision.Clear, Compare(a, b).Decision);
    }
}
