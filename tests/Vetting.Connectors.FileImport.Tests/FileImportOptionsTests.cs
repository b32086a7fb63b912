using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Vetting.Connectors.FileImport.Tests.Reading;
using Vetting.Core.Platforms;
using Vetting.Testing;

namespace Vetting.Connectors.FileImport.Tests;

/// <summary>Imported events are checked at start: each export must exist and each name must be usable as an id.</summary>
public sealed class FileImportOptionsTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Options_ValidEvent_ConnectorServesItsAccount()
    {
        var export = CsvFile.Write(_folder, "first_name,last_name\nAnna,Becker\n");
        using var services = Build(new() { ["Connectors:FileImport:Events:briefing:Path"] = export, ["Connectors:FileImport:Events:briefing:Account"] = "osce" });

        var platform = Assert.Single(services.GetServices<IEventPlatform>());

        Assert.Equal(PlatformKind.FileImport, platform.Platform);
        Assert.Equal(["osce"], platform.Accounts);
    }

    [Theory]
    [InlineData("briefing", "Path", "/no/such/export.csv", "does not exist")]
    [InlineData("briefing", "Account", "a b", "Account")]
    [InlineData("briefing", "DurationMinutes", "0", "DurationMinutes")]
    [InlineData("bad name!", "Topic", "x", "event name")]
    public void Options_BadEvent_FailsNamingTheEvent(string name, string key, string value, string expected)
    {
        var export = CsvFile.Write(_folder, "first_name,last_name\nAnna,Becker\n");
        using var services = Build(new() { [$"Connectors:FileImport:Events:{name}:Path"] = export, [$"Connectors:FileImport:Events:{name}:{key}"] = value });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<FileImportOptions>>().Value);

        Assert.Contains(error.Failures, f => f.Contains(expected, StringComparison.Ordinal));
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings) =>
        new ServiceCollection()
            .AddLogging()
            .AddFileImportConnector(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .BuildServiceProvider();
}
