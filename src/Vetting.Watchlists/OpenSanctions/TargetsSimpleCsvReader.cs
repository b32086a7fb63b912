using System.Globalization;
using Vetting.Core.Watchlists;
using Vetting.Watchlists.Importing;

namespace Vetting.Watchlists.OpenSanctions;

/// <summary>
/// Reads OpenSanctions <c>targets.simple.csv</c> (formats doc §6.2) with Sep: header row, columns mapped by name,
/// every field quoted, embedded newlines, <c>""</c> escaping; <c>;</c> splits only the multi-valued columns.
/// <para>
/// The file is read twice, one row at a time: pass 1 checks every row (length, field count, encoding) and
/// collects a hash per id (duplicates), the datasets and the latest <c>last_seen</c>; pass 2 yields the entities.
/// Source: <c>opensanctions:{slug}</c> when every row names the one same dataset (titles such as "Ukraine War and
/// Sanctions" map to their slug, <c>ua_war_sanctions</c>; unknown titles are slugified), else
/// <c>opensanctions:default</c>. Id: <c>{source}:{id}</c>. Publisher date: the latest <c>last_seen</c>.
/// </para>
/// </summary>
internal sealed class TargetsSimpleCsvReader : IWatchlistReader
{
    public WatchlistFormat Format => WatchlistFormat.OpenSanctionsSimpleCsv;

    public IEnumerable<WatchlistEntity> Read(WatchlistInput input, ImportContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        return ReadCore(input.MainFile, context, cancellationToken);
    }

    private static IEnumerable<WatchlistEntity> ReadCore(string file, ImportContext context, CancellationToken cancellationToken)
    {
        var ids = new DuplicateIdDetector();
        var datasets = new OpenSanctionsDatasets();
        DateTimeOffset? latestSeen = null;
        SimpleCsvColumns? columns = null;
        foreach (var row in SimpleCsvRows.Read(file, c => columns = c, cancellationToken))
        {
            var id = row.Get(columns!.Id); // columns is set by the header callback before the first row
            if (id.Length > 0)
            {
                ids.Observe(id, row.Line);
            }

            datasets.Observe(MultiValueSplitter.Split(row.Get(columns.Dataset)).Select(OpenSanctionsDatasets.SlugForTitle));
            if (DateTimeOffset.TryParse(row.Get(columns.LastSeen), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var seen)
                && (latestSeen is null || seen > latestSeen))
            {
                latestSeen = seen;
            }
        }

        context.Source = datasets.Source;
        context.PublisherDate ??= latestSeen;
        var source = context.ResolveSource(datasets.Source);
        SimpleCsvRowMapper? mapper = null;
        foreach (var row in SimpleCsvRows.Read(file, c => mapper = new SimpleCsvRowMapper(c, source, context, file), cancellationToken))
        {
            if (row.Get(columns!.Id) is { Length: > 0 } id)
            {
                ids.Confirm(id, row.Line, file);
            }

            if (mapper!.Map(row) is { } entity) // mapper is set by the header callback before the first row
            {
                yield return entity;
            }
        }
    }
}
