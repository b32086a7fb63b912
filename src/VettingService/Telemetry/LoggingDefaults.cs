using Microsoft.Extensions.Configuration.Memory;

namespace Vetting.Service.Telemetry;

/// <summary>
/// Logging settings the service starts from, added as the lowest-precedence configuration source so appsettings and
/// environment variables still win: in Production one JSON object per line on the console
/// (<c>Logging:Console:FormatterName=json</c>), everywhere UTC timestamps and scopes, and health-check results logged
/// only when unhealthy (a degraded readiness probe every few seconds would flood the log).
/// </summary>
internal static class LoggingDefaults
{
    public const string TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";

    public static void Apply(IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var defaults = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["Logging:Console:FormatterOptions:IncludeScopes"] = "true",
            ["Logging:Console:FormatterOptions:UseUtcTimestamp"] = "true",
            ["Logging:Console:FormatterOptions:TimestampFormat"] = TimestampFormat,
            ["Logging:LogLevel:Microsoft.Extensions.Diagnostics.HealthChecks"] = "Error",
        };
        if (builder.Environment.IsProduction())
        {
            defaults["Logging:Console:FormatterName"] = "json";
        }

        builder.Configuration.Sources.Insert(0, new MemoryConfigurationSource { InitialData = defaults });
    }
}
