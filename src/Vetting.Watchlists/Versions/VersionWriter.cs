using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Vetting.Core.Watchlists;

namespace Vetting.Watchlists.Versions;

/// <summary>
/// Writes the entities of a version being imported into a staging folder, counting as it goes. Deleting the
/// staging folder (dispose without commit) leaves no trace.
/// </summary>
internal sealed class VersionWriter : IDisposable
{
    private readonly GZipStream _gzip;
    private readonly Utf8JsonWriter _json;
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _countsByKind = new(StringComparer.Ordinal);
    private bool _completed;

    public VersionWriter(string folder)
    {
        Folder = folder;
        _gzip = new GZipStream(File.Create(Path.Combine(folder, StoreLayout.EntitiesFile)), CompressionLevel.Fastest);
        _json = new Utf8JsonWriter(_gzip, new JsonWriterOptions { SkipValidation = true });
    }

    public string Folder { get; }

    public string? Source { get; private set; }

    public int EntityCount { get; private set; }

    public int NameCount { get; private set; }

    public IReadOnlyDictionary<string, int> CountsByKind => _countsByKind;

    /// <summary>Adds one entity; false when its id was already added (a duplicate).</summary>
    public bool TryAdd(WatchlistEntity entity)
    {
        if (!_ids.Add(entity.Id))
        {
            return false;
        }

        Source ??= entity.Source;
        if (!string.Equals(Source, entity.Source, StringComparison.Ordinal))
        {
            throw new InvalidDataException($"one import holds two sources ('{Source}' and '{entity.Source}')");
        }

        JsonSerializer.Serialize(_json, entity, StoreJsonContext.Default.WatchlistEntity);
        _json.Flush();
        _json.Reset();
        _gzip.WriteByte((byte)'\n');
        EntityCount++;
        NameCount += 1 + entity.Aliases.Count;
        var kind = entity.Kind.ToString();
        _countsByKind[kind] = _countsByKind.GetValueOrDefault(kind) + 1;
        return true;
    }

    public void Complete(string manifestJson)
    {
        _json.Dispose();
        _gzip.Dispose();
        File.WriteAllText(Path.Combine(Folder, StoreLayout.ManifestFile), manifestJson, new UTF8Encoding(false));
        _completed = true;
    }

    public void Dispose()
    {
        _json.Dispose();
        _gzip.Dispose();
        if (!_completed && Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}
