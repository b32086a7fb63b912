using System.Collections.Concurrent;
using Vetting.Core.Watchlists;
using Vetting.Watchlists.Versions;

namespace Vetting.Service.Api.Lists;

/// <summary>
/// Finds a list entity by id (<c>{source}:{id}</c>) in the active version of its source, for the side-by-side view.
/// Keeps one id table per source, for the version that is active.
/// </summary>
internal sealed class EntityLookup(FileWatchlistStore store)
{
    private readonly ConcurrentDictionary<string, (string VersionId, Lazy<Dictionary<string, WatchlistEntity>> Entities)> _tables = new(StringComparer.Ordinal);

    public WatchlistEntity? Find(string entityId, CancellationToken cancellationToken)
    {
        var colon = entityId.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || entityId.Length > 300)
        {
            return null;
        }

        var source = entityId[..colon];
        if (!store.ListSources().Contains(source, StringComparer.Ordinal) || store.GetActive(source) is not { } active)
        {
            return null;
        }

        var table = _tables.AddOrUpdate(
            source,
            _ => Table(active, cancellationToken),
            (_, existing) => existing.VersionId == active.VersionId ? existing : Table(active, cancellationToken));
        return table.Entities.Value.GetValueOrDefault(entityId);
    }

    private (string, Lazy<Dictionary<string, WatchlistEntity>>) Table(WatchlistVersion version, CancellationToken cancellationToken) =>
        (version.VersionId, new Lazy<Dictionary<string, WatchlistEntity>>(
            () => store.ReadEntities(version, cancellationToken).ToDictionary(e => e.Id, StringComparer.Ordinal)));
}
