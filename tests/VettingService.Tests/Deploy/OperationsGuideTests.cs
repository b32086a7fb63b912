using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Vetting.Service.Health;
using Vetting.Service.Telemetry;

namespace VettingService.Tests.Deploy;

/// <summary>deploy/README.md documents every configuration key the code binds, the health paths and the metrics.</summary>
public sealed class OperationsGuideTests
{
    private static readonly string Guide = File.ReadAllText(DeployFiles.Path("README.md"));

    [Fact]
    public void Guide_EveryConfigurationKey_Documented()
    {
        var undocumented = ConfigurationKeys.All().Where(k => !Guide.Contains($"`{k}`", StringComparison.Ordinal)).ToList();

        Assert.Equal([], undocumented);
    }

    [Fact]
    public void Guide_HealthPathsAndEveryInstrumentOfTheVettingMeter_Documented()
    {
        using var services = new ServiceCollection().AddVettingTelemetry().BuildServiceProvider();
        var factory = services.GetRequiredService<IMeterFactory>();
        var instruments = new List<string>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, _) =>
            {
                if (instrument.Meter.Name == VettingMetrics.MeterName && instrument.Meter.Scope == factory)
                {
                    instruments.Add(instrument.Name);
                }
            },
        };
        listener.Start();
        _ = services.GetRequiredService<VettingMetrics>();

        Assert.Equal(7, instruments.Count);
        Assert.All(instruments, i => Assert.Contains($"`{i}`", Guide, StringComparison.Ordinal));
        Assert.Contains($"`{HealthEndpoints.LivePath}`", Guide, StringComparison.Ordinal);
        Assert.Contains($"`{HealthEndpoints.ReadyPath}`", Guide, StringComparison.Ordinal);
    }
}
