using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;
using Vetting.Service.Telemetry;

namespace VettingService.Tests.Telemetry;

public sealed class TelemetryRegistrationTests
{
    [Fact]
    public void AddVettingTelemetry_Production_LogsJsonToTheConsole()
    {
        using var host = Build(Environments.Production);

        Assert.Equal(ConsoleFormatterNames.Json, host.Services.GetRequiredService<IOptionsMonitor<ConsoleLoggerOptions>>().CurrentValue.FormatterName);
    }

    [Fact]
    public void AddVettingTelemetry_Development_KeepsTheReadableFormatter()
    {
        using var host = Build(Environments.Development);

        Assert.NotEqual(ConsoleFormatterNames.Json, host.Services.GetRequiredService<IOptionsMonitor<ConsoleLoggerOptions>>().CurrentValue.FormatterName);
    }

    [Fact]
    public void AddVettingTelemetry_FormatterConfigured_ConfigurationWins()
    {
        using var host = Build(Environments.Production, new() { ["Logging:Console:FormatterName"] = ConsoleFormatterNames.Systemd });

        Assert.Equal(ConsoleFormatterNames.Systemd, host.Services.GetRequiredService<IOptionsMonitor<ConsoleLoggerOptions>>().CurrentValue.FormatterName);
    }

    [Fact]
    public void JsonFormatter_LogEntry_OneObjectWithEventIdCategoryUtcTimestampAndState()
    {
        using var host = Build(Environments.Production);
        var formatter = host.Services.GetServices<ConsoleFormatter>().Single(f => f.Name == ConsoleFormatterNames.Json);
        using var output = new StringWriter();
        var state = new Dictionary<string, object?> { ["EventId"] = Guid.Empty, ["{OriginalFormat}"] = "Pulled event {EventId}" };
        var entry = new LogEntry<IReadOnlyList<KeyValuePair<string, object?>>>(
            LogLevel.Information, "Vetting.Jobs", new EventId(1301, "Pulled"), state.ToList(), null, (_, _) => "Pulled event 0000");

        formatter.Write(entry, new LoggerExternalScopeProvider(), output);

        using var line = JsonDocument.Parse(output.ToString());
        var root = line.RootElement;
        Assert.Equal(1301, root.GetProperty("EventId").GetInt32());
        Assert.Equal("Information", root.GetProperty("LogLevel").GetString());
        Assert.Equal("Vetting.Jobs", root.GetProperty("Category").GetString());
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$", root.GetProperty("Timestamp").GetString());
        Assert.Equal(Guid.Empty.ToString(), root.GetProperty("State").GetProperty("EventId").GetString());
        Assert.DoesNotContain('\n', output.ToString().TrimEnd());
    }

    [Theory]
    [InlineData("OTEL_EXPORTER_OTLP_ENDPOINT", true)]
    [InlineData("OTEL_EXPORTER_OTLP_METRICS_ENDPOINT", true)]
    [InlineData("OTEL_SERVICE_NAME", false)]
    public void IsOtlpConfigured_Variable_ExportsOnlyWithAnEndpoint(string variable, bool expected)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new(variable, "http://127.0.0.1:4318")]).Build();

        Assert.Equal(expected, TelemetryServiceCollectionExtensions.IsOtlpConfigured(configuration));
    }

    [Fact]
    public async Task AddVettingTelemetry_OtlpEndpoint_ExportsVettingMetricsWithServiceName()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var receiver = await OtlpReceiver.StartAsync(cancellationToken);
        using var host = Build(Environments.Production, new()
        {
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = receiver.Address.ToString().TrimEnd('/'),
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
            ["OTEL_SERVICE_NAME"] = "vetting-test",
        });
        await host.StartAsync(cancellationToken);

        host.Services.GetRequiredService<VettingMetrics>().RegistrantsScreened(ScreeningTrigger.Pull, 12);
        var flushed = host.Services.GetRequiredService<MeterProvider>().ForceFlush(10_000);
        await host.StopAsync(cancellationToken);

        Assert.True(flushed);
        var exported = string.Concat(receiver.MetricExports.Select(Encoding.UTF8.GetString));
        Assert.Contains("vetting.registrants.screened", exported, StringComparison.Ordinal);
        Assert.Contains("vetting.trigger", exported, StringComparison.Ordinal);
        Assert.Contains("vetting-test", exported, StringComparison.Ordinal);
    }

    private static IHost Build(string environment, Dictionary<string, string?>? settings = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = environment, DisableDefaults = false });
        builder.Configuration.AddInMemoryCollection(settings ?? []);
        builder.Logging.ClearProviders().AddConsole();
        builder.AddVettingTelemetry();
        return builder.Build();
    }
}
