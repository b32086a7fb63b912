using Vetting.Watchlists.Importing;

namespace Vetting.Watchlists.Common;

/// <summary>Remembers the native ids seen in one file (ids only, not records) and rejects a repeated one.</summary>
internal sealed class DuplicateIdGuard(string file)
{
    private readonly Dictionary<string, long> _firstLine = new(StringComparer.Ordinal);

    /// <exception cref="WatchlistFormatException">The id was already used by an earlier record of the file.</exception>
    public void Add(string nativeId, long line)
    {
        if (!_firstLine.TryAdd(nativeId, line))
        {
            throw new WatchlistFormatException(
                file, $"duplicate id '{nativeId}' (first used by the record at line {_firstLine[nativeId]})", line);
        }
    }
}
