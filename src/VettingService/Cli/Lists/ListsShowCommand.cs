using System.CommandLine;
using System.Globalization;
using Vetting.Watchlists.Versions;

namespace Vetting.Service.Cli.Lists;

/// <summary><c>vetting lists show [SOURCE]</c>: active versions with counts and age, or every version of one source.</summary>
internal static class ListsShowCommand
{
    public static Command Build()
    {
        var source = new Argument<string?>("source") { Description = "Show every stored version of this source.", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("show", "Show the active version of every list (counts, date, age, staleness), or all versions of one source.") { source };
        command.SetAction((parseResult, _) =>
        {
            using var services = CliServices.Build(parseResult);
            var store = services.GetRequiredService<FileWatchlistStore>();
            var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
            var catalog = SourceCatalogLocator.TryLoad();
            var output = parseResult.InvocationConfiguration.Output;
            var one = parseResult.GetValue(source);
            var versions = one is null ? store.GetActiveVersions() : store.ListVersions(one);
            if (versions.Count == 0)
            {
                output.WriteLine(one is null
                    ? "No watchlists imported yet. Run 'vetting lists import PATH' or start the service to load the bundled lists."
                    : $"No versions of '{one}'.");
                return Task.FromResult(one is null ? 0 : 1);
            }

            var activeIds = store.GetActiveVersions().Select(v => v.Source + "/" + v.VersionId).ToHashSet(StringComparer.Ordinal);
            output.WriteLine($"{"SOURCE",-30} {"VERSION",-26} {"FORMAT",-16} {"ENTITIES",9} {"NAMES",8} {"AS OF",-10} {"AGE",6}  STATUS");
            foreach (var v in versions)
            {
                var age = now - v.AsOf;
                var cadence = catalog?.Find(v.Source)?.CadenceHours ?? 24 * 7;
                var status = new List<string>();
                if (one is not null && activeIds.Contains(v.Source + "/" + v.VersionId))
                {
                    status.Add("active");
                }

                if (age > TimeSpan.FromHours(2.0 * cadence))
                {
                    status.Add($"STALE: expected every {FormatAge(TimeSpan.FromHours(cadence))}");
                }

                if (v.Origin == "bundled")
                {
                    status.Add("bundled copy");
                }

                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{v.Source,-30} {v.VersionId,-26} {v.Format,-16} {v.EntityCount,9} {v.NameCount,8} {v.AsOf:yyyy-MM-dd} {FormatAge(age),6}  {string.Join("; ", status)}"));
            }

            return Task.FromResult(0);
        });
        return command;
    }

    internal static string FormatAge(TimeSpan age) => age.TotalDays switch
    {
        >= 730 => $"{(int)(age.TotalDays / 365)}y",
        >= 2 => $"{(int)age.TotalDays}d",
        _ => $"{Math.Max(0, (int)age.TotalHours)}h",
    };
}
