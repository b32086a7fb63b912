namespace Vetting.Core.Watchlists;

/// <summary>Read side of the watchlist versions: what screening runs against.</summary>
public interface IWatchlistStore
{
    /// <summary>The active version of every source, ordered by source.</summary>
    IReadOnlyList<WatchlistVersion> GetActiveVersions();

    /// <summary>Streams the entities of a stored version.</summary>
    IEnumerable<WatchlistEntity> ReadEntities(WatchlistVersion version, CancellationToken cancellationToken = default);
}
