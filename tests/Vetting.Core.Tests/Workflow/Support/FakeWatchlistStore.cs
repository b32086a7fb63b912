using System.Globalization;
using Vetting.Core.Watchlists;

namespace Vetting.Core.Tests.Workflow.Support;

/// <summary>Active list versions held in memory; <see cref="Publish"/> makes a new version of a source active.</summary>
internal sealed class FakeWatchlistStore : IWatchlistStore
{
    private readonly Dictionary<string, (WatchlistVersion Version, IReadOnlyList<WatchlistEntity> Entities)> _active = new(StringComparer.Ordinal);
    private int _sequence;

    public int Reads { get; private set; }

    public WatchlistVersion Publish(string source, IReadOnlyList<WatchlistEntity> entities, DateTimeOffset asOf)
    {
        _sequence++;
        var version = new WatchlistVersion
        {
            Source = source,
            VersionId = string.Create(CultureInfo.InvariantCulture, $"{_sequence:0000}-test"),
            Format = "Test",
            ImportedAt = asOf,
            ContentSha256 = new string('0', 64),
            EntityCount = entities.Count,
            NameCount = entities.Count,
        };
        _active[source] = (version, entities);
        return version;
    }

    /// <summary>No list active any more (a broken installation).</summary>
    public void Clear() => _active.Clear();

    public IReadOnlyList<WatchlistVersion> GetActiveVersions() =>
        [.. _active.Values.Select(v => v.Version).OrderBy(v => v.Source, StringComparer.Ordinal)];

    public IEnumerable<WatchlistEntity> ReadEntities(WatchlistVersion version, CancellationToken cancellationToken = default)
    {
        Reads++;
        return _active[version.Source].Version.VersionId == version.VersionId
            ? _active[version.Source].Entities
            : throw new InvalidOperationException("only active versions are held");
    }
}
