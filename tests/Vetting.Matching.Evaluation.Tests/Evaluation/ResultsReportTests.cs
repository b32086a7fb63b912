using Vetting.Testing;

namespace Vetting.Matching.Evaluation.Tests.Evaluation;

/// <summary>Prints the per-slice table to the test output; with VETTING_WRITE_EVAL=1 rewrites RESULTS.md.</summary>
public sealed class ResultsReportTests(EvaluationFixture fixture)
{
    private static string ResultsPath => TestPaths.InRepository("tests/Vetting.Matching.Evaluation.Tests/RESULTS.md");

    [Fact]
    public void Render_EvaluationRun_ListsEverySliceAndWritesResultsOnRequest()
    {
        var floors = Floors.Load();
        var table = ResultsTable.Render(fixture.Run, floors);
        var lists = fixture.Lists;
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"Lists read in {lists.ReadTime.TotalSeconds:0.0} s, index built in {lists.BuildTime.TotalSeconds:0.0} s; "
            + $"{fixture.Corpus.Cases.Count} cases screened in {fixture.Run.ScreeningTime.TotalSeconds:0.00} s.");
        TestContext.Current.TestOutputHelper?.WriteLine(table);

        foreach (var result in fixture.Run.WithAggregates)
        {
            Assert.Contains($"| {result.Slice.Id} |", table.Replace("**", "", StringComparison.Ordinal), StringComparison.Ordinal);
        }

        var report = ResultsReport.Render(fixture.Run, fixture.Corpus, floors, lists.Index.PartyCount, lists.Index.NameCount);
        if (EvaluationFixture.Writing)
        {
            File.WriteAllText(ResultsPath, report);
        }

        Assert.True(File.Exists(ResultsPath), "RESULTS.md is missing: run with VETTING_WRITE_EVAL=1 to write it.");
        Assert.Contains(table, report, StringComparison.Ordinal);
    }
}
