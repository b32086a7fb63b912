using Vetting.Watchlists;
using Vetting.Watchlists.Updating;

namespace Vetting.Service.Cli.Lists;

/// <summary>Finds <c>watchlists/sources.json</c> next to the executable or above it in a source checkout.</summary>
internal static class SourceCatalogLocator
{
    public static string? Locate() => ShippedFiles.Find(Path.Combine("watchlists", "sources.json"));

    public static WatchlistSourceCatalog? TryLoad() => Locate() is { } path ? WatchlistSourceCatalog.Load(path) : null;
}
