using System.Collections.Frozen;

namespace Vetting.Watchlists.Importing;

/// <summary>One reader per format: every <see cref="IWatchlistReader"/> in this assembly, found once.</summary>
internal static class WatchlistReaders
{
    private static readonly Lazy<FrozenDictionary<WatchlistFormat, IWatchlistReader>> All = new(Discover);

    public static IWatchlistReader For(WatchlistFormat format) =>
        All.Value.TryGetValue(format, out var reader)
            ? reader
            : throw new NotSupportedException($"no reader for format {format}");

    public static IReadOnlyCollection<WatchlistFormat> Supported => All.Value.Keys;

    private static FrozenDictionary<WatchlistFormat, IWatchlistReader> Discover()
    {
        var readers = typeof(IWatchlistReader).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IWatchlistReader).IsAssignableFrom(t))
            .Select(t => (IWatchlistReader)Activator.CreateInstance(t)!) // every reader has a public parameterless constructor
            .ToList();
        var duplicate = readers.GroupBy(r => r.Format).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"two readers claim format {duplicate.Key}");
        }

        return readers.ToFrozenDictionary(r => r.Format);
    }
}
