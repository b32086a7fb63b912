using System.IO.Compression;
using System.Text.Json;
using Vetting.Core.Watchlists;

namespace Vetting.Watchlists.Versions;

/// <summary>
/// Keeps every imported version of every list on disk, one folder per version, and a pointer to the active one per
/// source. A version folder is complete before it appears (it is written in a staging folder and moved in), and the
/// pointer is replaced atomically, so a failed or interrupted import never disturbs the active version.
/// </summary>
public sealed class FileWatchlistStore : IWatchlistStore
{
    private readonly StoreLayout _layout;
    private readonly TimeProvider _timeProvider;

    public FileWatchlistStore(string rootDirectory, TimeProvider timeProvider)
    {
        _layout = new StoreLayout(Path.GetFullPath(rootDirectory));
        _timeProvider = timeProvider;
    }

    public string RootDirectory => _layout.Root;

    public IReadOnlyList<string> ListSources() =>
        _layout.SourceFolders()
            .Select(d => Path.GetFileName(d).Replace('+', ':'))
            .Order(StringComparer.Ordinal)
            .ToList();

    public IReadOnlyList<WatchlistVersion> GetActiveVersions() =>
        ListSources().Select(GetActive).OfType<WatchlistVersion>().ToList();

    public WatchlistVersion? GetActive(string source)
    {
        var pointer = _layout.ActivePointer(source);
        if (!File.Exists(pointer))
        {
            return null;
        }

        var versionId = File.ReadAllText(pointer).Trim();
        return FindVersion(source, versionId);
    }

    /// <summary>Every stored version of a source, oldest first.</summary>
    public IReadOnlyList<WatchlistVersion> ListVersions(string source)
    {
        var folder = _layout.SourceFolder(source);
        if (!Directory.Exists(folder))
        {
            return [];
        }

        return Directory.EnumerateDirectories(folder)
            .Select(d => ReadManifest(Path.Combine(d, StoreLayout.ManifestFile)))
            .OfType<WatchlistVersion>()
            .OrderBy(v => v.VersionId, StringComparer.Ordinal)
            .ToList();
    }

    public WatchlistVersion? FindVersion(string source, string versionId)
    {
        if (versionId.Length == 0 || versionId.Contains('/', StringComparison.Ordinal) || versionId.Contains("..", StringComparison.Ordinal))
        {
            return null;
        }

        return ReadManifest(Path.Combine(_layout.VersionFolder(source, versionId), StoreLayout.ManifestFile));
    }

    public IEnumerable<WatchlistEntity> ReadEntities(WatchlistVersion version, CancellationToken cancellationToken = default)
    {
        var file = Path.Combine(_layout.VersionFolder(version.Source, version.VersionId), StoreLayout.EntitiesFile);
        using var stream = new GZipStream(File.OpenRead(file), CompressionMode.Decompress);
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return JsonSerializer.Deserialize(line, StoreJsonContext.Default.WatchlistEntity)
                         ?? throw new InvalidDataException($"empty entity line in {file}");
        }
    }

    /// <summary>Makes a stored version the active one of its source (also used to roll back).</summary>
    public void Activate(string source, string versionId, string reason)
    {
        _ = FindVersion(source, versionId)
            ?? throw new ArgumentException($"no version '{versionId}' of source '{source}'", nameof(versionId));
        using var sourceLock = AcquireLock(source);
        var pointer = _layout.ActivePointer(source);
        var temp = pointer + ".tmp";
        File.WriteAllText(temp, versionId);
        File.Move(temp, pointer, overwrite: true);
        var record = new ActivationRecord(source, versionId, _timeProvider.GetUtcNow(), reason);
        File.AppendAllText(_layout.History(source), JsonSerializer.Serialize(record, StoreJsonContext.Default.ActivationRecord) + "\n");
    }

    internal VersionWriter BeginVersion()
    {
        var staging = Path.Combine(_layout.Staging, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(staging);
        return new VersionWriter(staging);
    }

    /// <summary>Moves a finished staging folder into place as a stored (not yet active) version.</summary>
    internal void Commit(VersionWriter writer, WatchlistVersion version)
    {
        writer.Complete(JsonSerializer.Serialize(version, StoreJsonContext.Default.WatchlistVersion));
        var target = _layout.VersionFolder(version.Source, version.VersionId);
        Directory.CreateDirectory(_layout.SourceFolder(version.Source));
        Directory.Move(writer.Folder, target);
    }

    internal IDisposable AcquireLock(string source)
    {
        Directory.CreateDirectory(_layout.SourceFolder(source));
        return new FileStream(_layout.LockFile(source), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
    }

    private static WatchlistVersion? ReadManifest(string path) =>
        File.Exists(path)
            ? JsonSerializer.Deserialize(File.ReadAllText(path), StoreJsonContext.Default.WatchlistVersion)
            : null;
}
