using Vetting.Core.Watchlists;
using Vetting.Service.Health;

namespace Vetting.Service.Web.Dashboard;

/// <summary>An active watchlist as the dashboard shows it: how old, against its source's cadence (stale: older than twice it).</summary>
internal sealed record ListFreshness(string Source, string VersionId, string Origin, int Entities, DateTimeOffset AsOf, TimeSpan Age, TimeSpan Cadence)
{
    public bool Stale => WatchlistFreshness.IsStale(Age, Cadence);

    public static IReadOnlyList<ListFreshness> Of(IWatchlistStore store, WatchlistCadences cadences, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(cadences);
        return store.GetActiveVersions()
            .OrderBy(v => v.Source, StringComparer.Ordinal)
            .Select(v => new ListFreshness(v.Source, v.VersionId, v.Origin, v.EntityCount, v.AsOf, now - v.AsOf, cadences.For(v.Source)))
            .ToList();
    }
}
