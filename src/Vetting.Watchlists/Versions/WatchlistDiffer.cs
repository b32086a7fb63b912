using System.Text.Json;
using Vetting.Core.Watchlists;

namespace Vetting.Watchlists.Versions;

/// <summary>
/// Compares two stored versions of a source in two streaming passes. Memory holds one small fingerprint per entity
/// of the older version (a 64-bit hash per field), never two whole lists.
/// </summary>
public sealed class WatchlistDiffer(FileWatchlistStore store)
{
    public WatchlistDiff Diff(WatchlistVersion from, WatchlistVersion to, CancellationToken cancellationToken)
    {
        if (!string.Equals(from.Source, to.Source, StringComparison.Ordinal))
        {
            throw new ArgumentException($"versions of different sources ('{from.Source}', '{to.Source}') cannot be compared", nameof(to));
        }

        var old = new Dictionary<string, (string Name, Dictionary<string, ulong> Fields)>(StringComparer.Ordinal);
        foreach (var entity in store.ReadEntities(from, cancellationToken))
        {
            old[entity.Id] = (entity.PrimaryName.Full, FieldHashes(entity));
        }

        var added = new List<DiffEntry>();
        var changed = new List<DiffEntry>();
        var unchanged = 0;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entity in store.ReadEntities(to, cancellationToken))
        {
            seen.Add(entity.Id);
            if (!old.TryGetValue(entity.Id, out var before))
            {
                added.Add(new DiffEntry(entity.Id, entity.PrimaryName.Full, []));
                continue;
            }

            var fields = FieldHashes(entity);
            var differing = before.Fields.Keys.Union(fields.Keys)
                .Where(k => before.Fields.GetValueOrDefault(k) != fields.GetValueOrDefault(k))
                .Order(StringComparer.Ordinal)
                .ToList();
            if (differing.Count == 0)
            {
                unchanged++;
            }
            else
            {
                changed.Add(new DiffEntry(entity.Id, entity.PrimaryName.Full, differing));
            }
        }

        var removed = old.Where(kv => !seen.Contains(kv.Key))
            .Select(kv => new DiffEntry(kv.Key, kv.Value.Name, []))
            .OrderBy(e => e.Id, StringComparer.Ordinal)
            .ToList();
        return new WatchlistDiff(from.Source, from.VersionId, to.VersionId, added, removed, changed) { Unchanged = unchanged };
    }

    private static Dictionary<string, ulong> FieldHashes(WatchlistEntity entity)
    {
        var element = JsonSerializer.SerializeToElement(entity, StoreJsonContext.Default.WatchlistEntity);
        var hashes = new Dictionary<string, ulong>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            hashes[property.Name] = Fnv1a64(property.Value.GetRawText());
        }

        return hashes;
    }

    private static ulong Fnv1a64(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash;
    }
}
