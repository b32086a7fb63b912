using Vetting.Core.Watchlists;

namespace Vetting.Watchlists.Importing;

/// <summary>Reads a list file (or OFAC CSV folder) straight into entities, without storing a version.</summary>
public static class WatchlistFileReader
{
    /// <exception cref="WatchlistFormatException">The path cannot be read as a list.</exception>
    public static IEnumerable<WatchlistEntity> Read(string path, ImportContext context, CancellationToken cancellationToken, WatchlistFormat? format = null)
    {
        var (detected, input) = WatchlistFormatDetector.Resolve(path, format);
        return WatchlistReaders.For(detected).Read(input, context, cancellationToken);
    }
}
