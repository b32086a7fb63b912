using System.CommandLine;
using Vetting.Watchlists.Updating;

namespace Vetting.Service.Cli.Lists;

/// <summary><c>vetting lists update [--source S]... [--force] [--sources FILE]</c>: fetch the official lists.</summary>
internal static class ListsUpdateCommand
{
    public static Command Build()
    {
        var only = new Option<string[]>("--source") { Description = "Update only these sources (default: every enabled source).", AllowMultipleArgumentsPerToken = true };
        var force = new Option<bool>("--force") { Description = "Activate even if a list lost an implausible share of entities." };
        var catalogPath = new Option<string?>("--sources") { Description = "Source catalogue to use (default: watchlists/sources.json)." };
        var command = new Command("update", "Download every enabled list from its publisher, check it parses, and activate it. On any failure the previous version stays active.")
        {
            only, force, catalogPath,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            var path = parseResult.GetValue(catalogPath) ?? SourceCatalogLocator.Locate();
            if (path is null || !File.Exists(path))
            {
                error.WriteLine("error: no source catalogue found (watchlists/sources.json); pass --sources FILE");
                return 2;
            }

            WatchlistSourceCatalog catalog;
            try
            {
                catalog = WatchlistSourceCatalog.Load(path);
            }
            catch (InvalidDataException ex)
            {
                error.WriteLine("error: " + ex.Message);
                return 2;
            }

            var wanted = parseResult.GetValue(only) ?? [];
            var unknown = wanted.Where(w => catalog.Find(w) is null).ToList();
            if (unknown.Count > 0)
            {
                error.WriteLine("error: unknown source(s): " + string.Join(", ", unknown));
                return 2;
            }

            var sources = wanted.Length > 0 ? wanted.Select(w => catalog.Find(w)!).ToList() : catalog.Sources.Where(s => s.Enabled).ToList(); // Find succeeded above
            using var services = CliServices.Build(parseResult);
            var results = await services.GetRequiredService<WatchlistUpdater>().UpdateAsync(sources, parseResult.GetValue(force), cancellationToken);
            foreach (var result in results)
            {
                if (result.Outcome is { } outcome)
                {
                    output.WriteLine(outcome.Describe());
                }
                else
                {
                    error.WriteLine($"{result.Source}: update failed: {result.Error} (the active version is unchanged)");
                }
            }

            return results.All(r => r.Succeeded && r.Outcome!.Status != Vetting.Watchlists.Importing.ImportStatus.RefusedShrink) ? 0 : 1; // Succeeded implies Outcome
        });
        return command;
    }
}
