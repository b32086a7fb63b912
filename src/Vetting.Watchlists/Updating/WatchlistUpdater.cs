using Microsoft.Extensions.Logging;
using Vetting.Watchlists.Importing;

namespace Vetting.Watchlists.Updating;

/// <summary>
/// Downloads each enabled source from its publisher and imports it as a new version. A source that fails to
/// download or parse keeps its active version; the others still update.
/// </summary>
public sealed partial class WatchlistUpdater
{
    private readonly WatchlistDownloader _downloader;
    private readonly WatchlistImporter _importer;
    private readonly ILogger<WatchlistUpdater> _logger;

    internal WatchlistUpdater(WatchlistDownloader downloader, WatchlistImporter importer, ILogger<WatchlistUpdater> logger)
    {
        _downloader = downloader;
        _importer = importer;
        _logger = logger;
    }

    public async Task<IReadOnlyList<UpdateResult>> UpdateAsync(
        IEnumerable<WatchlistSourceDefinition> sources, bool force, CancellationToken cancellationToken)
    {
        var results = new List<UpdateResult>();
        foreach (var source in sources)
        {
            results.Add(await UpdateOneAsync(source, force, cancellationToken));
        }

        return results;
    }

    private async Task<UpdateResult> UpdateOneAsync(WatchlistSourceDefinition source, bool force, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(Path.GetTempPath(), "vetting-update-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            await _downloader.DownloadAsync(source, folder, cancellationToken);
            var path = source.Files.Count == 1 ? Path.Combine(folder, Path.GetFileName(source.Files.Keys.First())) : folder;
            var outcome = _importer.Import(
                new ImportRequest(path) { Format = source.Format, Source = source.Source, Force = force, Origin = "update" },
                cancellationToken);
            LogUpdated(_logger, source.Source, outcome.Status, outcome.Version.EntityCount);
            return new UpdateResult(source.Source, outcome, null);
        }
        catch (Exception ex) when (ex is HttpRequestException or InvalidDataException or WatchlistFormatException or IOException
                                       or TaskCanceledException { CancellationToken.IsCancellationRequested: false })
        {
            LogFailed(_logger, source.Source, ex.GetType().Name);
            return new UpdateResult(source.Source, null, ex.Message);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [LoggerMessage(1100, LogLevel.Information, "Watchlist {Source} updated: {Status}, {EntityCount} entities")]
    private static partial void LogUpdated(ILogger logger, string source, ImportStatus status, int entityCount);

    [LoggerMessage(1101, LogLevel.Warning, "Watchlist {Source} update failed ({ErrorType}); the active version stays")]
    private static partial void LogFailed(ILogger logger, string source, string errorType);
}

/// <summary>What an update did for one source: an import outcome, or the error that kept the old version active.</summary>
public sealed record UpdateResult(string Source, ImportOutcome? Outcome, string? Error)
{
    public bool Succeeded => Outcome is not null;
}
