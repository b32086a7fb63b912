using Vetting.Watchlists.Updating;

namespace Vetting.Service.Cli.Lists;

/// <summary>Finds <c>watchlists/sources.json</c> next to the executable or above it in a source checkout.</summary>
internal static class SourceCatalogLocator
{
    public static string? Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "watchlists", "sources.json");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    public static WatchlistSourceCatalog? TryLoad() => Locate() is { } path ? WatchlistSourceCatalog.Load(path) : null;
}
