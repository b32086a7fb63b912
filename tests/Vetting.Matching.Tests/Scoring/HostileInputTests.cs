namespace Vetting.Matching.Tests.Scoring;

public sealed class HostileInputTests
{
    [Fact]
    public void Compare_MegabyteName_IsRejectedWithAClearMessage()
    {
        var huge = new string('x', 1_000_000);

        var error = Assert.Throws<ArgumentException>(() => NameComparer.Compare(huge, "Ivan Petrov", PartyKind.Person, MatchPolicy.Default));

        Assert.Contains("1,000,000 characters", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("!!! ??? ---")]
    [InlineData("\u202E\u202D\u200B")]
    [InlineData("\uD800\uDC00\uD800")]
    [InlineData("\u0000\u0001\u001F")]
    public void Compare_EmptyOrJunkNames_ScoreZeroWithoutThrowing(string junk)
    {
        var result = NameComparer.Compare(junk, "AKSYONOV, Sergey Valeryevich", PartyKind.Person, MatchPolicy.Default);

        Assert.Equal(0, result.Score);
        Assert.Equal(Decision.Clear, result.Decision);
    }

    [Fact]
    public void Compare_BidiOverrideInsideAName_DoesNotHideIt()
    {
        var result = NameComparer.Compare("Sergey \u202EValeryevich\u202C Aksyonov", "AKSYONOV, Sergey Valeryevich", PartyKind.Person, MatchPolicy.Default);

        Assert.Equal(Decision.Block, result.Decision);
    }

    [Fact]
    public void Compare_ManyTokens_IsBoundedAndStillCompares()
    {
        var many = string.Join(' ', Enumerable.Repeat("Ivan", 200)) + " Aksyonov Sergey";

        var result = NameComparer.Compare(many, "AKSYONOV, Sergey Valeryevich", PartyKind.Person, MatchPolicy.Default);

        Assert.InRange(result.Score, 0, 1);
    }

    [Fact]
    public void Policy_InconsistentThresholds_AreRejected()
    {
        var policy = MatchPolicy.Default with { ReviewThreshold = 0.9, BlockThreshold = 0.8 };

        Assert.Throws<ArgumentOutOfRangeException>(() => NameComparer.Compare("a", "b", PartyKind.Person, policy));
    }

    [Fact]
    public void Compare_StricterPolicy_ChangesTheDecisionNotTheScore()
    {
        var strict = MatchPolicy.Default with { ReviewThreshold = 0.99, BlockThreshold = 0.995 };

        var lenient = NameComparer.Compare("Heorhii Muradov", "MURADOV, Georgiy L'vovich", PartyKind.Person, MatchPolicy.Default);
        var strictResult = NameComparer.Compare("Heorhii Muradov", "MURADOV, Georgiy L'vovich", PartyKind.Person, strict);

        Assert.Equal(lenient.Score, strictResult.Score);
        Assert.Equal(Decision.Review, lenient.Decision);
        Assert.Equal(Decision.Clear, strictResult.Decision);
    }
}
