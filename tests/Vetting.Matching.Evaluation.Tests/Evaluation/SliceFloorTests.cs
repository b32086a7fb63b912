
namespace Vetting.Matching.Evaluation.Tests.Evaluation;

/// <summary>The regression guard: every slice stays at or above its floor in floors.json (negatives at or below).</summary>
public sealed class SliceFloorTests(EvaluationFixture fixture)
{
    public static TheoryData<string> FloorSlices() => [.. Floors.Load().SliceIds];

    [Theory]
    [MemberData(nameof(FloorSlices))]
    public void Screen_Slice_StaysWithinFloor(string sliceId)
    {
        var floors = Floors.Load();
        var result = fixture.Run.WithAggregates.SingleOrDefault(r => r.Slice.Id == sliceId);
        Assert.NotNull(result);
        var examples = string.Join(Environment.NewLine, result.Failures.Take(10).Select(f =>
            $"  {f.Case.Id}: \"{f.Case.FirstName}\" \"{f.Case.LastName}\" {f.Case.Email} {f.Case.Organization} {f.Case.JobTitle} → {f.Describe()}"));
        Assert.True(floors.Holds(result),
            $"{sliceId}: {(result.Slice.IsPositive ? "recall" : "false-alert rate")} {result.Rate:0.0000} "
            + $"is past its floor {floors.For(result):0.0000} "
            + $"({result.Failures.Count} failing of {result.Cases}). First failures:{Environment.NewLine}{examples}");
    }

    [Fact]
    public void Floors_EverySliceAndAggregate_HasOneFloorAndNoOther()
    {
        var floors = Floors.Load();
        var slices = fixture.Run.WithAggregates.Select(r => r.Slice.Id).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(slices, floors.SliceIds.Order(StringComparer.Ordinal));
        foreach (var result in fixture.Run.WithAggregates)
        {
            var section = result.Slice.IsPositive ? floors.MinRecall : floors.MaxFalseAlertRate;
            Assert.True(section.ContainsKey(result.Slice.Id),
                $"{result.Slice.Id} has its floor in the wrong section of floors.json");
        }
    }
}
