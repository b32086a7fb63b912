using Microsoft.Extensions.Logging;

namespace Vetting.Connectors.FileImport;

/// <summary>The file-import connector's log messages (event ids 4100–4199): row numbers and codes only.</summary>
internal static partial class Log
{
    [LoggerMessage(4100, LogLevel.Warning, "Imported event {Event}: row {Row} skipped: {Problem}")]
    public static partial void RowSkipped(ILogger logger, string @event, int row, string problem);
}
