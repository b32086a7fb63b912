using Vetting.Watchlists.Importing;

namespace Vetting.Watchlists.OpenSanctions;

/// <summary>
/// Finds duplicate native ids in a file read twice, in little memory: the first pass keeps a 64-bit hash and line
/// per id (about 30 bytes each, not the id strings); only ids whose hash was seen twice are compared exactly in
/// the second pass, which throws on a real duplicate. A hash collision of two different ids is never reported.
/// </summary>
internal sealed class DuplicateIdDetector
{
    private readonly Dictionary<ulong, long> _firstLine = [];
    private readonly HashSet<ulong> _suspects = [];
    private readonly Dictionary<string, long> _exact = new(StringComparer.Ordinal);

    public int Count => _firstLine.Count;

    /// <summary>First pass: remember the id.</summary>
    public void Observe(string id, long line)
    {
        var hash = Hash(id);
        if (!_firstLine.TryAdd(hash, line))
        {
            _suspects.Add(hash);
        }
    }

    /// <summary>Second pass: throws when the id was already read on an earlier line.</summary>
    public void Confirm(string id, long line, string file)
    {
        if (_suspects.Count == 0 || !_suspects.Contains(Hash(id)))
        {
            return;
        }

        if (!_exact.TryAdd(id, line))
        {
            throw new WatchlistFormatException(file, $"duplicate id '{id}' (first on line {_exact[id]})", line);
        }
    }

    /// <summary>FNV-1a, 64 bits, over the UTF-16 code units.</summary>
    private static ulong Hash(string id)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in id)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash;
    }
}
