using System.CommandLine;
using Vetting.Watchlists.Importing;

namespace Vetting.Service.Cli.Lists;

/// <summary><c>vetting lists import PATH... [--format F] [--source S] [--force]</c>.</summary>
internal static class ListsImportCommand
{
    public static Command Build()
    {
        var paths = new Argument<string[]>("path")
        {
            Description = "List files, or a folder holding an OFAC CSV set (SDN.CSV + ALT.CSV + ADD.CSV + SDN_COMMENTS.CSV). Format is detected.",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<WatchlistFormat?>("--format") { Description = "Force a format instead of detecting it." };
        var source = new Option<string?>("--source") { Description = "Force the source code (e.g. ofac-cons for consolidated OFAC files)." };
        var force = new Option<bool>("--force") { Description = "Activate even if the new version lost an implausible share of entities." };
        var command = new Command("import", "Import list files as new versions and activate them. A failed import keeps the active version.")
        {
            paths, format, source, force,
        };
        command.SetAction((parseResult, cancellationToken) =>
        {
            using var services = CliServices.Build(parseResult);
            var importer = services.GetRequiredService<WatchlistImporter>();
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            var failures = 0;
            foreach (var path in parseResult.GetRequiredValue(paths))
            {
                try
                {
                    var outcome = importer.Import(
                        new ImportRequest(path)
                        {
                            Format = parseResult.GetValue(format),
                            Source = parseResult.GetValue(source),
                            Force = parseResult.GetValue(force),
                        },
                        cancellationToken);
                    output.WriteLine(outcome.Describe());
                    foreach (var warning in outcome.Warnings.Take(20))
                    {
                        output.WriteLine("  warning: " + warning);
                    }

                    if (outcome.Status == ImportStatus.RefusedShrink)
                    {
                        failures++;
                    }
                }
                catch (WatchlistFormatException ex)
                {
                    error.WriteLine($"error: {ex.Message} (nothing imported; the active version is unchanged)");
                    failures++;
                }
            }

            return Task.FromResult(failures == 0 ? 0 : 1);
        });
        return command;
    }
}
