using Microsoft.Extensions.Logging;

namespace Vetting.Data;

/// <summary>Log messages of the data layer (event ids 5000–5099): ids and counts only.</summary>
internal static partial class Log
{
    [LoggerMessage(5001, LogLevel.Information, "Applied {Count} database migration(s) to the {Provider} database; now at {Latest}")]
    public static partial void MigrationsApplied(ILogger logger, int count, DatabaseProvider provider, string latest);

    [LoggerMessage(5002, LogLevel.Information, "The {Provider} database is up to date")]
    public static partial void DatabaseUpToDate(ILogger logger, DatabaseProvider provider);

    [LoggerMessage(5003, LogLevel.Debug, "Write conflict with another writer, attempt {Attempt}; retrying")]
    public static partial void WriteConflictRetry(ILogger logger, int attempt);

    [LoggerMessage(5004, LogLevel.Information, "Retention purge: personal data of {Registrants} registrant(s) of {Events} event(s) removed")]
    public static partial void PersonalDataPurged(ILogger logger, int registrants, int events);
}
