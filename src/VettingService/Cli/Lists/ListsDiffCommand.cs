using System.CommandLine;
using Vetting.Watchlists.Versions;

namespace Vetting.Service.Cli.Lists;

/// <summary><c>vetting lists diff SOURCE [FROM] [TO]</c>: entities added, removed and changed between two versions.</summary>
internal static class ListsDiffCommand
{
    public static Command Build()
    {
        var source = new Argument<string>("source") { Description = "Source code, e.g. ofac-sdn." };
        var from = new Argument<string?>("from") { Description = "Older version id (default: the version before the active one).", Arity = ArgumentArity.ZeroOrOne };
        var to = new Argument<string?>("to") { Description = "Newer version id (default: the active version).", Arity = ArgumentArity.ZeroOrOne };
        var limit = new Option<int>("--limit") { Description = "Entities listed per section (default 50; counts are always complete).", DefaultValueFactory = _ => 50 };
        var command = new Command("diff", "Compare two versions of a list: added, removed and changed entities.") { source, from, to, limit };
        command.SetAction((parseResult, cancellationToken) =>
        {
            using var services = CliServices.Build(parseResult);
            var store = services.GetRequiredService<FileWatchlistStore>();
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            var sourceCode = parseResult.GetRequiredValue(source);
            var versions = store.ListVersions(sourceCode);
            var active = store.GetActive(sourceCode);
            var toVersion = parseResult.GetValue(to) is { } t ? store.FindVersion(sourceCode, t) : active;
            var fromVersion = parseResult.GetValue(from) is { } f
                ? store.FindVersion(sourceCode, f)
                : versions.LastOrDefault(v => toVersion is not null && string.CompareOrdinal(v.VersionId, toVersion.VersionId) < 0);
            if (fromVersion is null || toVersion is null)
            {
                error.WriteLine($"error: need two versions of '{sourceCode}' to compare (it has {versions.Count}); see 'vetting lists show {sourceCode}'");
                return Task.FromResult(1);
            }

            var diff = services.GetRequiredService<WatchlistDiffer>().Diff(fromVersion, toVersion, cancellationToken);
            output.WriteLine($"{diff.Source}: {diff.FromVersion} -> {diff.ToVersion}: {diff.Added.Count} added, " +
                             $"{diff.Removed.Count} removed, {diff.Changed.Count} changed, {diff.Unchanged} unchanged");
            var max = Math.Max(0, parseResult.GetValue(limit));
            Print(output, "added", diff.Added, max);
            Print(output, "removed", diff.Removed, max);
            Print(output, "changed", diff.Changed, max);
            return Task.FromResult(0);
        });
        return command;
    }

    private static void Print(TextWriter output, string title, IReadOnlyList<DiffEntry> entries, int max)
    {
        foreach (var e in entries.Take(max))
        {
            var fields = e.ChangedFields.Count > 0 ? "  [" + string.Join(", ", e.ChangedFields) + "]" : "";
            output.WriteLine($"  {title,-8} {e.Id}  {ConsoleText.Safe(e.Name)}{fields}");
        }

        if (entries.Count > max)
        {
            output.WriteLine($"  ... and {entries.Count - max} more {title}");
        }
    }
}
