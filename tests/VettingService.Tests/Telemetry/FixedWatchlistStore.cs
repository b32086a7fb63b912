using Vetting.Core.Watchlists;

namespace VettingService.Tests.Telemetry;

/// <summary>A watchlist store that only knows its active versions (the age gauge reads nothing else).</summary>
internal sealed class FixedWatchlistStore(params WatchlistVersion[] versions) : IWatchlistStore
{
    public IReadOnlyList<WatchlistVersion> GetActiveVersions() => versions;

    public IEnumerable<WatchlistEntity> ReadEntities(WatchlistVersion version, CancellationToken cancellationToken = default) => [];

    public static WatchlistVersion Version(string source, DateTimeOffset asOf) => new()
    {
        Source = source,
        VersionId = "0001-test",
        Format = "OfacCsv",
        ImportedAt = asOf,
        ContentSha256 = new string('0', 64),
        EntityCount = 1,
        NameCount = 1,
    };
}
