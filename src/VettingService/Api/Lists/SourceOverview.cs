using Vetting.Core.Watchlists;
using Vetting.Service.Health;

namespace Vetting.Service.Api.Lists;

/// <summary>One list source for the watchlists page: its active version and how fresh it is, and every stored version.</summary>
/// <param name="Source">The source name (for example <c>ofac-sdn</c>).</param>
/// <param name="Active">The active version; null when none is active.</param>
/// <param name="Freshness">Age of the active version against the source's cadence; null when none is active.</param>
/// <param name="Versions">Every stored version, newest first.</param>
internal sealed record SourceOverview(
    string Source,
    WatchlistVersion? Active,
    WatchlistFreshness? Freshness,
    IReadOnlyList<WatchlistVersion> Versions);
