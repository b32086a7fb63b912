using System.Diagnostics;
using Vetting.Core.Screening;
using Vetting.Matching;
using Vetting.Watchlists.Importing;

namespace Vetting.Service.Cli.Screening;

/// <summary>Reads the lists named on the command line (any importable format) straight into a match index.</summary>
internal static class ListIndexLoader
{
    public static (MatchIndex Index, int Entities, TimeSpan Elapsed) Load(IEnumerable<string> paths, TextWriter error, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var parties = new List<ListedParty>();
        foreach (var path in paths)
        {
            var context = new ImportContext();
            foreach (var entity in WatchlistFileReader.Read(path, context, cancellationToken))
            {
                if (seen.Add(entity.Id))
                {
                    parties.Add(entity.ToListedParty());
                }
            }

            if (context.WarningCount > 0)
            {
                error.WriteLine($"{Path.GetFileName(path)}: {context.WarningCount} warning(s), {context.SkippedRecords} record(s) skipped");
            }
        }

        var index = MatchIndex.Build(parties);
        return (index, parties.Count, watch.Elapsed);
    }
}
