using Vetting.Core.Watchlists;
using Vetting.Watchlists.Importing;

namespace Vetting.Watchlists.Curated;

/// <summary>
/// Reads Vetting's own curated list (YAML, format in watchlists/README.md). The whole file is validated before
/// anything is yielded, and a file with any problem is rejected whole, listing every problem with its line:
/// a half-imported review list would silently drop entries. Source <c>vetting-curated</c>, Id
/// <c>vetting-curated:{id}</c>; every entity carries its <see cref="Provenance"/>. Curated hits only ever send a
/// registrant to human review (the matching policy enforces this).
/// Publisher date: <c>list.updated_on</c>, else the latest <c>added_on</c>.
/// </summary>
internal sealed class CuratedListReader : IWatchlistReader
{
    public WatchlistFormat Format => WatchlistFormat.Curated;

    public IEnumerable<WatchlistEntity> Read(WatchlistInput input, ImportContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        cancellationToken.ThrowIfCancellationRequested();
        var file = input.MainFile;
        var root = CuratedYamlLoader.Load(file);
        var problems = new CuratedProblems(file);
        var (entries, updatedOn) = CuratedDocumentParser.Parse(root, problems);
        problems.ThrowIfAny();

        context.Source = WatchlistSources.Curated;
        var date = updatedOn ?? entries.Max(e => e.AddedOn);
        context.PublisherDate ??= new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var source = context.ResolveSource(WatchlistSources.Curated);
        return Map(entries, source, cancellationToken);
    }

    private static IEnumerable<WatchlistEntity> Map(IReadOnlyList<CuratedEntry> entries, string source, CancellationToken cancellationToken)
    {
        foreach (var entry in entries)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return CuratedEntityMapper.Map(entry, source);
        }
    }
}
