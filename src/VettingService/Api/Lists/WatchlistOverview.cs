using Vetting.Service.Health;
using Vetting.Watchlists.Versions;

namespace Vetting.Service.Api.Lists;

/// <summary>Every list source with its active version, freshness (the readiness check's rule) and version history.</summary>
internal sealed class WatchlistOverview(FileWatchlistStore store, WatchlistCadences cadences, TimeProvider time)
{
    public IReadOnlyList<SourceOverview> List()
    {
        var now = time.GetUtcNow();
        return store.ListSources()
            .Order(StringComparer.Ordinal)
            .Select(source =>
            {
                var active = store.GetActive(source);
                var freshness = active is null ? null : WatchlistFreshness.Assess(active, cadences.For(source), now);
                return new SourceOverview(source, active, freshness, store.ListVersions(source).Reverse().ToList());
            })
            .ToList();
    }

    /// <summary>One source, or null when the store has no such source.</summary>
    public SourceOverview? Find(string source) =>
        store.ListSources().Contains(source, StringComparer.Ordinal) ? List().Single(s => s.Source == source) : null;
}
