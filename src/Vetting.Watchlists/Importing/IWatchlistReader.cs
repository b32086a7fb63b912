using Vetting.Core.Watchlists;

namespace Vetting.Watchlists.Importing;

/// <summary>
/// Reads one format into the common model, streaming: entities are yielded as they are parsed, so memory does not
/// grow with the file. A structural problem (truncated file, wrong format, invalid encoding, oversized record)
/// throws <see cref="WatchlistFormatException"/> naming file and position; a single unusable record is skipped
/// and reported through <see cref="ImportContext.Warn"/>.
/// </summary>
internal interface IWatchlistReader
{
    WatchlistFormat Format { get; }

    IEnumerable<WatchlistEntity> Read(WatchlistInput input, ImportContext context, CancellationToken cancellationToken);
}
