using System.Reflection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;

namespace Vetting.Service.Telemetry;

internal static class TelemetryServiceCollectionExtensions
{
    /// <summary>Meters exported besides <see cref="VettingMetrics.MeterName"/>: built into .NET, ASP.NET Core, Npgsql and Polly.</summary>
    internal static readonly string[] ExportedMeters =
    [
        VettingMetrics.MeterName,
        "Microsoft.AspNetCore.Hosting",
        "Microsoft.AspNetCore.Server.Kestrel",
        "System.Net.Http",
        "System.Runtime",
        "Npgsql",
        "Polly",
    ];

    /// <summary>
    /// Adds <see cref="VettingMetrics"/> (the <c>Vetting</c> meter) so code can record; nothing is exported. Tests and
    /// one-shot verbs use this; the service uses the <see cref="IHostApplicationBuilder"/> overload.
    /// </summary>
    public static IServiceCollection AddVettingTelemetry(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddMetrics();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<VettingMetrics>();
        return services;
    }

    /// <summary>
    /// Adds <see cref="VettingMetrics"/>, OpenTelemetry metrics for <see cref="ExportedMeters"/> (exported over OTLP when
    /// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> or <c>OTEL_EXPORTER_OTLP_METRICS_ENDPOINT</c> is set; the other standard
    /// <c>OTEL_*</c> variables apply) and the logging defaults of <see cref="LoggingDefaults"/> (JSON console logs in
    /// Production).
    /// </summary>
    public static IHostApplicationBuilder AddVettingTelemetry(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        LoggingDefaults.Apply(builder);
        builder.Services.AddVettingTelemetry();
        var exportOtlp = IsOtlpConfigured(builder.Configuration);
        var serviceName = builder.Configuration["OTEL_SERVICE_NAME"] is { Length: > 0 } name ? name : "vetting";
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(serviceName, serviceVersion: ServiceVersion()))
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(ExportedMeters);
                if (exportOtlp)
                {
                    metrics.AddOtlpExporter();
                }
            });
        return builder;
    }

    internal static bool IsOtlpConfigured(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]) ||
        !string.IsNullOrWhiteSpace(configuration["OTEL_EXPORTER_OTLP_METRICS_ENDPOINT"]);

    private static string? ServiceVersion() =>
        typeof(VettingMetrics).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
}
