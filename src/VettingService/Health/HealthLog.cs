namespace Vetting.Service.Health;

/// <summary>Log messages of the health checks (event ids 1700–1749): sources, counts and exception types only.</summary>
internal static partial class HealthLog
{
    [LoggerMessage(1701, LogLevel.Warning, "The list source catalogue {Catalog} could not be read ({ErrorType}); every list is checked against the default cadence of {Hours} h")]
    public static partial void CatalogUnreadable(ILogger logger, string catalog, string errorType, int hours);

    [LoggerMessage(1702, LogLevel.Information, "No list source catalogue (watchlists/sources.json) found; every list is checked against the default cadence of {Hours} h")]
    public static partial void CatalogMissing(ILogger logger, int hours);
}
