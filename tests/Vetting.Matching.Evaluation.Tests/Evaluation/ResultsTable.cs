using System.Globalization;
using System.Text;

namespace Vetting.Matching.Evaluation.Tests.Evaluation;

/// <summary>The per-slice table (Markdown), for the test output and RESULTS.md.</summary>
internal static class ResultsTable
{
    public static string Render(EvaluationRun run, Floors floors)
    {
        var text = new StringBuilder();
        text.AppendLine("| Slice | Kind | Cases | Alerts | Right entity | Recall / false-alert rate | Blocked | Floor | Target | Met |");
        text.AppendLine("|---|---|---:|---:|---:|---:|---:|---:|---|---|");
        foreach (var r in run.WithAggregates)
        {
            var aggregate = r.Slice.Id is EvaluationRun.AllPositivesId or EvaluationRun.AllGeneratedId;
            var target = Targets.For(r);
            var floor = floors.For(r);
            text.Append(CultureInfo.InvariantCulture, $"| {(aggregate ? "**" + r.Slice.Id + "**" : r.Slice.Id)} ")
                .Append(CultureInfo.InvariantCulture, $"| {(r.Slice.IsPositive ? "recall" : "false alerts")} ")
                .Append(CultureInfo.InvariantCulture, $"| {r.Cases} | {r.Alerts} | {(r.Slice.IsPositive ? Number(r.Found) : "")} ")
                .Append(CultureInfo.InvariantCulture, $"| {r.Rate:0.0000} | {r.Blocked} ")
                .Append(CultureInfo.InvariantCulture, $"| {(floor is { } f ? (r.Slice.IsPositive ? "≥ " : "≤ ") + Rate(f) : "")} ")
                .Append(CultureInfo.InvariantCulture, $"| {target?.Text ?? ""} | {(target is { } t ? (t.Met ? "yes" : "**no**") : "")} |")
                .AppendLine();
        }

        return text.ToString();
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Rate(double value) => value.ToString("0.0000", CultureInfo.InvariantCulture);
}
