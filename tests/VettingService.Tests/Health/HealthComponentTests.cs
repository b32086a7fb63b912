using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Vetting.Service.Health;
using Vetting.Testing;

namespace VettingService.Tests.Health;

public sealed class HealthComponentTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Load_ShippedCatalogue_CadencePerSource()
    {
        var cadences = WatchlistCadences.Load(TestPaths.InRepository("watchlists/sources.json"), 168, NullLogger.Instance);

        Assert.Equal(24, cadences["ofac-sdn"]);
        Assert.Equal(168, cadences["un-sc"]);
    }

    [Theory]
    [InlineData("{ \"sources\": [ { \"source\": \"x\" ")]
    [InlineData("not json")]
    public void Load_BrokenCatalogue_NoCadencesInsteadOfAFailure(string text)
    {
        var path = _folder.File("sources.json");
        File.WriteAllText(path, text);

        Assert.Empty(WatchlistCadences.Load(path, 168, NullLogger.Instance));
        Assert.Empty(WatchlistCadences.Load(_folder.File("missing.json"), 168, NullLogger.Instance));
        Assert.Empty(WatchlistCadences.Load(null, 168, NullLogger.Instance));
    }

    [Fact]
    public void For_SourceNotInCatalogue_DefaultCadenceFromOptions()
    {
        var options = new TestOptionsMonitor(new VettingHealthOptions { DefaultCadenceHours = 720 });
        var cadences = new WatchlistCadences(options, () => new Dictionary<string, int> { ["ofac-sdn"] = 24 });

        Assert.Equal(TimeSpan.FromHours(24), cadences.For("OFAC-SDN"));
        Assert.Equal(TimeSpan.FromHours(720), cadences.For("vetting-curated"));
        Assert.False(cadences.IsFromCatalog("vetting-curated"));
    }

    [Fact]
    public void Describe_CheckThatThrew_ExceptionTypeInsteadOfItsMessage()
    {
        var thrown = new InvalidOperationException("Host=db.internal;Username=admin");
        var entry = new HealthReportEntry(HealthStatus.Unhealthy, thrown.Message, TimeSpan.Zero, thrown, null);

        Assert.Equal("the check failed (InvalidOperationException)", HealthResponseWriter.Describe(entry));
    }

    [Fact]
    public void Describe_OwnDescriptionWithException_KeepsTheDescription()
    {
        var entry = new HealthReportEntry(HealthStatus.Unhealthy, "unreachable (SocketException)", TimeSpan.Zero, new TimeoutException("x"), null);

        Assert.Equal("unreachable (SocketException)", HealthResponseWriter.Describe(entry));
    }

    [Fact]
    public void Validate_OutOfRangeOptions_Refused()
    {
        var result = new VettingHealthOptionsValidator().Validate(null, new VettingHealthOptions { DefaultCadenceHours = 0, DatabaseTimeoutSeconds = 301 });

        Assert.True(result.Failed);
        Assert.Contains(result.Failures!, f => f.Contains(nameof(VettingHealthOptions.DefaultCadenceHours), StringComparison.Ordinal));
        Assert.Contains(result.Failures!, f => f.Contains(nameof(VettingHealthOptions.DatabaseTimeoutSeconds), StringComparison.Ordinal));
    }

    private sealed class TestOptionsMonitor(VettingHealthOptions value) : IOptionsMonitor<VettingHealthOptions>
    {
        public VettingHealthOptions CurrentValue => value;

        public VettingHealthOptions Get(string? name) => value;

        public IDisposable? OnChange(Action<VettingHealthOptions, string?> listener) => null;
    }
}
