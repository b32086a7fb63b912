namespace Vetting.Matching.Tests.Scoring;

public sealed class ExplanationTests
{
    [Fact]
    public void Compare_UkrainianSpellingOfRussianListName_ExplainsEachToken()
    {
        var result = NameComparer.Compare("Heorhii Muradov", "MURADOV, GEORGIY", PartyKind.Person, MatchPolicy.Default);

        Assert.Equal("Muradov = MURADOV: exact; Heorhii ≈ GEORGIY: Ukrainian form of the same name", result.Explanation);
    }

    [Fact]
    public void Compare_MissingPatronymicAndExtraToken_AreNamed()
    {
        var result = NameComparer.Compare("Sergey Aksyonov Junior Smith", "AKSYONOV, Sergey Valeryevich", PartyKind.Person, MatchPolicy.Default);

        Assert.Contains("Valeryevich: patronymic not given", result.Explanation, StringComparison.Ordinal);
        Assert.Contains("Smith: not in the list name", result.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_Tokens_CarryContributionsThatSumToTheScoreBeforeFactors()
    {
        var result = NameComparer.Compare("Sergey Valeryevich Aksyonov", "AKSYONOV, Sergey Valeryevich", PartyKind.Person, MatchPolicy.Default);

        Assert.Equal(1.0, result.Tokens.Sum(t => t.Contribution), 3);
        Assert.All(result.Tokens, t => Assert.Equal(TokenRelation.Exact, t.Relation));
    }

    [Fact]
    public void Compare_NotAMatch_SaysWhy()
    {
        var result = NameComparer.Compare("Denis Pushkin", "PUSHILIN, Denis", PartyKind.Person, MatchPolicy.Default);

        Assert.EndsWith("(only one part of the name matches: not a match)", result.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void TokenMatch_ToString_UsesEqualsForExactAndApproxOtherwise()
    {
        Assert.Equal("Muradov = MURADOV: exact", new TokenMatch("Muradov", "MURADOV", TokenRelation.Exact, 1, 0.5, "exact").ToString());
        Assert.Equal("Heorhii ≈ GEORGIY: x", new TokenMatch("Heorhii", "GEORGIY", TokenRelation.Cognate, 0.95, 0.4, "x").ToString());
        Assert.Equal("Lvovich: patronymic not given", new TokenMatch(string.Empty, "Lvovich", TokenRelation.Missing, 0, 0, "patronymic not given").ToString());
    }
}
