using System.Text.Json;
using Vetting.Testing;

namespace Vetting.Matching.Evaluation.Tests.Evaluation;

/// <summary>
/// The regression guard, as data (<c>floors.json</c>): the least recall each positive slice must keep and the most
/// false-alert rate each negative slice may reach. Set by hand at what the engine achieves (never above).
/// </summary>
internal sealed record Floors(IReadOnlyDictionary<string, double> MinRecall, IReadOnlyDictionary<string, double> MaxFalseAlertRate)
{
    public static string FilePath => TestPaths.InRepository("tests/Vetting.Matching.Evaluation.Tests/floors.json");

    public IEnumerable<string> SliceIds => MinRecall.Keys.Concat(MaxFalseAlertRate.Keys);

    public static Floors Load()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(FilePath));
        return new Floors(Read(document.RootElement, "minRecall"), Read(document.RootElement, "maxFalseAlertRate"));
    }

    /// <summary>The floor (positives) or ceiling (negatives) of a slice, if one is set.</summary>
    public double? For(SliceResult result) =>
        (result.Slice.IsPositive ? MinRecall : MaxFalseAlertRate).TryGetValue(result.Slice.Id, out var value) ? value : null;

    /// <summary>True when the slice is at or above its floor (at or below its ceiling).</summary>
    public bool Holds(SliceResult result) => For(result) is not { } limit
        || (result.Slice.IsPositive ? result.Rate >= limit : result.Rate <= limit);

    private static Dictionary<string, double> Read(JsonElement root, string name) =>
        root.GetProperty(name).EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetDouble(), StringComparer.Ordinal);
}
