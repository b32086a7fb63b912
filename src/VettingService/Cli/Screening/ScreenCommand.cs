using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Vetting.Connectors.FileImport;
using Vetting.Matching;
using Vetting.Watchlists.Importing;

namespace Vetting.Service.Cli.Screening;

/// <summary>
/// <c>vetting screen --list PATH... --registrants FILE.csv [--format jsonl|csv|table] [--output FILE] [--stats]</c>.
/// Exit code 0: every row screened (whatever was found); 1: some rows could not be screened (each reported by row
/// number in the output and on stderr); 2: the lists or the registrant file could not be read at all.
/// </summary>
internal static class ScreenCommand
{
    public static Command Build()
    {
        var lists = new Option<string[]>("--list") { Description = "A list file or OFAC CSV folder, any importable format (repeat for several).", Required = true, AllowMultipleArgumentsPerToken = false };
        var registrants = new Option<string>("--registrants") { Description = "Registrant CSV: id, first_name, last_name, email, organization, job_title, country (or Zoom's report headers).", Required = true };
        var format = new Option<string>("--format") { Description = "jsonl (default), csv or table.", DefaultValueFactory = _ => "jsonl" };
        format.AcceptOnlyFromAmong("jsonl", "csv", "table");
        var outputPath = new Option<string?>("--output") { Description = "Write results to this file instead of standard output." };
        var stats = new Option<bool>("--stats") { Description = "Print entities and names indexed, build and screening seconds, registrants per second to stderr." };
        var command = new Command("screen", "Screen a registrant CSV against lists. Exit code 0 when every row was screened, 1 when some rows were rejected, 2 when the input could not be read.")
        {
            lists, registrants, format, outputPath, stats,
        };
        command.SetAction((parseResult, cancellationToken) => Task.FromResult(Run(parseResult, lists, registrants, format, outputPath, stats, cancellationToken)));
        return command;
    }

    private static int Run(ParseResult parseResult, Option<string[]> lists, Option<string> registrants, Option<string> format,
        Option<string?> outputPath, Option<bool> stats, CancellationToken cancellationToken)
    {
        var error = parseResult.InvocationConfiguration.Error;
        MatchIndex index;
        int entities;
        TimeSpan buildTime;
        try
        {
            (index, entities, buildTime) = ListIndexLoader.Load(parseResult.GetRequiredValue(lists), error, cancellationToken);
        }
        catch (WatchlistFormatException ex)
        {
            error.WriteLine("error: " + ex.Message);
            return 2;
        }

        List<RegistrantCsvRow> rows;
        var policy = MatchPolicy.Default;
        try
        {
            rows = RegistrantCsvReader.Read(parseResult.GetRequiredValue(registrants), policy.MaxFieldLength).ToList();
        }
        catch (InvalidDataException ex)
        {
            error.WriteLine("error: " + ex.Message);
            return 2;
        }

        var file = parseResult.GetValue(outputPath);
        using var writer = file is null ? null : new StreamWriter(file, append: false, new System.Text.UTF8Encoding(false));
        var target = writer ?? parseResult.InvocationConfiguration.Output;
        var rejected = 0;
        var watch = Stopwatch.StartNew();
        using (var output = new ScreeningOutput(target, parseResult.GetRequiredValue(format)))
        {
            foreach (var row in rows)
            {
                cancellationToken.ThrowIfCancellationRequested();
                foreach (var note in row.Notes)
                {
                    error.WriteLine($"note: row {row.Row} (line {row.Line}): {note}");
                }

                if (row.Problem is { } problem)
                {
                    rejected++;
                    error.WriteLine($"rejected: row {row.Row} (line {row.Line}), registrant {ConsoleText.Safe(row.Id, 40)}: {problem}");
                    output.Write(row, null, problem);
                    continue;
                }

                output.Write(row, index.Screen(ToQuery(row), policy), null);
            }
        }

        watch.Stop();
        if (parseResult.GetValue(stats))
        {
            var screened = rows.Count - rejected;
            error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"stats: {entities} entities, {index.NameCount} names indexed; index build {buildTime.TotalSeconds:F2} s; " +
                $"screening {watch.Elapsed.TotalSeconds:F3} s for {screened} registrants ({(screened / Math.Max(watch.Elapsed.TotalSeconds, 1e-9)):F0}/s); {rejected} rejected"));
        }

        return rejected == 0 ? 0 : 1;
    }

    private static RegistrantQuery ToQuery(RegistrantCsvRow row) => new()
    {
        FirstName = row.FirstName,
        LastName = row.LastName,
        Email = row.Email,
        Organization = row.Organization,
        JobTitle = row.JobTitle,
        Country = row.Country,
    };
}
