using System.Text.Json;
using Vetting.Testing;

namespace VettingService.Tests.Cli;

public sealed class CompareCommandTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Compare_UkrainianAndRussianSpellingOfOneName_ExplainsTheCognate()
    {
        var result = await CliRunner.RunAsync(_temp.Path, "compare", "Heorhii Muradov", "MURADOV, Georgiy");

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"score 0\.\d{4}  decision (review|block)", result.Output);
        Assert.Contains("Heorhii", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compare_NearSurname_IsClear()
    {
        var result = await CliRunner.RunAsync(_temp.Path, "compare", "Denis Pushkin", "Denis Pushilin");

        Assert.Contains("decision clear", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compare_Pairs_WritesOneJsonObjectPerPairAndRejectsBadRowsByNumber()
    {
        var pairs = _temp.File("pairs.csv");
        await File.WriteAllTextAsync(pairs,
            "id,name_a,name_b,schema\np1,Sergei Aksenov,Sergey Aksyonov,Person\np2,Sberbank,PAO Sberbank,Organization\np3,a,b,Planet\n",
            TestContext.Current.CancellationToken);

        var result = await CliRunner.RunAsync(_temp.Path, "compare", "--pairs", pairs);

        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(["p1", "p2"], lines.Select(l => l.GetProperty("id").GetString()));
        Assert.All(lines, l => Assert.InRange(l.GetProperty("score").GetDouble(), 0.8, 1.0));
        Assert.Contains("rejected: row 3", result.Error, StringComparison.Ordinal);
        Assert.Equal(1, result.ExitCode);
    }
}
