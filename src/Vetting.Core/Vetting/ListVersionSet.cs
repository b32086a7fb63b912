using System.Collections.ObjectModel;
using Vetting.Core.Watchlists;

namespace Vetting.Core.Vetting;

/// <summary>The watchlist versions one screening ran against: source code → version id, compared by content.</summary>
public sealed record ListVersionSet
{
    public ListVersionSet(IEnumerable<KeyValuePair<string, string>> versions)
    {
        ArgumentNullException.ThrowIfNull(versions);
        var sorted = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (source, versionId) in versions)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(source);
            ArgumentException.ThrowIfNullOrWhiteSpace(versionId);
            if (source.AsSpan().IndexOfAny(';', '=') >= 0 || versionId.AsSpan().IndexOfAny(';', '=') >= 0)
            {
                throw new ArgumentException($"source '{source}' or its version id contains ';' or '='", nameof(versions));
            }

            if (!sorted.TryAdd(source, versionId))
            {
                throw new ArgumentException($"source '{source}' appears twice", nameof(versions));
            }
        }

        Versions = new ReadOnlyDictionary<string, string>(sorted);
        Key = string.Join(';', sorted.Select(kv => kv.Key + "=" + kv.Value));
    }

    /// <summary>Source → version id, ordered by source.</summary>
    public IReadOnlyDictionary<string, string> Versions { get; }

    /// <summary>Canonical text: <c>source=version;…</c> ordered by source.</summary>
    public string Key { get; }

    public static ListVersionSet From(IEnumerable<WatchlistVersion> versions) =>
        new(versions.Select(v => KeyValuePair.Create(v.Source, v.VersionId)));

    /// <summary>Reads a <see cref="Key"/> back; the empty text is the empty set.</summary>
    public static ListVersionSet Parse(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var pairs = key.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(part =>
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw new FormatException($"list version key part '{part}' is not 'source=version'");
            }

            return KeyValuePair.Create(part[..equals], part[(equals + 1)..]);
        });
        return new ListVersionSet(pairs);
    }

    public bool Equals(ListVersionSet? other) => other is not null && string.Equals(Key, other.Key, StringComparison.Ordinal);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Key);

    public override string ToString() => Key;
}
