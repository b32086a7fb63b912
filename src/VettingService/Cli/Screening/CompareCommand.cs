using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using nietras.SeparatedValues;
using Vetting.Matching;

namespace Vetting.Service.Cli.Screening;

/// <summary>
/// <c>vetting compare "NAME A" "NAME B" [--schema Person|Organization]</c> or
/// <c>vetting compare --pairs FILE.csv [--format jsonl]</c> (columns id,name_a,name_b and optional schema).
/// </summary>
internal static class CompareCommand
{
    public static Command Build()
    {
        var a = new Argument<string?>("name-a") { Description = "First name.", Arity = ArgumentArity.ZeroOrOne };
        var b = new Argument<string?>("name-b") { Description = "Second name.", Arity = ArgumentArity.ZeroOrOne };
        var schema = new Option<string>("--schema") { Description = "Person (default) or Organization.", DefaultValueFactory = _ => "Person" };
        var pairs = new Option<string?>("--pairs") { Description = "CSV of pairs: id,name_a,name_b[,schema]." };
        var format = new Option<string>("--format") { Description = "Output for --pairs: jsonl (default) or text.", DefaultValueFactory = _ => "jsonl" };
        format.AcceptOnlyFromAmong("jsonl", "text");
        var command = new Command("compare", "Score two names (or a CSV of pairs) and explain the decision token by token.") { a, b, schema, pairs, format };
        command.SetAction((parseResult, _) =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            if (parseResult.GetValue(pairs) is { } file)
            {
                return Task.FromResult(ComparePairs(file, parseResult.GetRequiredValue(format), output, error));
            }

            if (parseResult.GetValue(a) is not { } nameA || parseResult.GetValue(b) is not { } nameB)
            {
                error.WriteLine("error: give two names, or --pairs FILE.csv");
                return Task.FromResult(2);
            }

            if (!TryKind(parseResult.GetRequiredValue(schema), out var kind))
            {
                error.WriteLine("error: --schema is Person or Organization");
                return Task.FromResult(2);
            }

            var result = NameComparer.Compare(nameA, nameB, kind, MatchPolicy.Default);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"score {result.Score:0.0000}  decision {ScreeningOutput.DecisionName(result.Decision)}"));
            output.WriteLine(ConsoleText.Safe(result.Explanation, 2000));
            return Task.FromResult(0);
        });
        return command;
    }

    private static int ComparePairs(string file, string format, TextWriter output, TextWriter error)
    {
        if (!File.Exists(file))
        {
            error.WriteLine($"error: {file}: no such file");
            return 2;
        }

        var failures = 0;
        using var reader = Sep.Reader(o => o with { HasHeader = true, Unescape = true, DisableColCountCheck = true }).FromFile(file);
        var header = reader.Header.ColNames.Select(n => n.Trim().TrimStart('\uFEFF').ToLowerInvariant()).ToList();
        int Col(string name) => header.IndexOf(name);
        var (id, nameA, nameB, schemaCol) = (Col("id"), Col("name_a"), Col("name_b"), Col("schema"));
        if (nameA < 0 || nameB < 0)
        {
            error.WriteLine($"error: {Path.GetFileName(file)}:1: needs the columns name_a and name_b");
            return 2;
        }

        var row = 0;
        foreach (var r in reader)
        {
            row++;
            var cells = new string[r.ColCount];
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = r[i].ToString();
            }

            string Get(int i) => i >= 0 && i < cells.Length ? cells[i] : "";
            var pairId = id >= 0 ? Get(id) : row.ToString(CultureInfo.InvariantCulture);
            if (!TryKind(schemaCol >= 0 && Get(schemaCol).Length > 0 ? Get(schemaCol) : "Person", out var kind))
            {
                failures++;
                error.WriteLine($"rejected: row {row}: unknown schema");
                continue;
            }

            NameComparison result;
            try
            {
                result = NameComparer.Compare(Get(nameA), Get(nameB), kind, MatchPolicy.Default);
            }
            catch (ArgumentException ex)
            {
                failures++;
                error.WriteLine($"rejected: row {row}: {ex.Message}");
                continue;
            }

            output.WriteLine(format == "text"
                ? string.Create(CultureInfo.InvariantCulture, $"{ConsoleText.Safe(pairId, 40)}\t{result.Score:0.0000}\t{ScreeningOutput.DecisionName(result.Decision)}")
                : JsonSerializer.Serialize(new PairResult(pairId, Math.Round(result.Score, 4), ScreeningOutput.DecisionName(result.Decision)), CliJsonContext.Default.PairResult));
        }

        return failures == 0 ? 0 : 1;
    }

    private static bool TryKind(string schema, out PartyKind kind)
    {
        kind = schema.Trim().ToLowerInvariant() switch
        {
            "person" => PartyKind.Person,
            "organization" or "organisation" or "company" or "legalentity" => PartyKind.Organisation,
            "vessel" => PartyKind.Vessel,
            "aircraft" or "airplane" => PartyKind.Aircraft,
            _ => PartyKind.Unknown,
        };
        return kind != PartyKind.Unknown;
    }
}

internal sealed record PairResult(string Id, double Score, string Decision);
