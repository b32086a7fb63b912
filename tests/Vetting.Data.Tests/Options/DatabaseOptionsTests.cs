using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Vetting.Data.Tests.Options;

public sealed class DatabaseOptionsTests
{
    [Fact]
    public void AddVettingData_PostgresWithoutConnectionString_FailsNamingTheSetting()
    {
        var failure = Assert.Throws<OptionsValidationException>(
            () => new ServiceCollection().AddVettingData(new VettingDatabaseOptions { Provider = DatabaseProvider.Postgres }));

        Assert.Contains("Postgres needs ConnectionString", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddVettingData_MalformedConnectionString_FailsWithoutEchoingIt()
    {
        var options = new VettingDatabaseOptions { Provider = DatabaseProvider.SqlServer, ConnectionString = "Server=db;Passwurd=s3cret-value;=" };

        var failure = Assert.Throws<OptionsValidationException>(() => new ServiceCollection().AddVettingData(options));

        Assert.Contains("ConnectionString is not valid for SqlServer", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret-value", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddVettingData_SqliteWithoutDataDirectoryOrConnectionString_Fails()
    {
        Assert.Throws<OptionsValidationException>(() => new ServiceCollection().AddVettingData(new VettingDatabaseOptions()));
    }

    [Fact]
    public void AddVettingData_CommandTimeoutOutOfRange_Fails()
    {
        var options = new VettingDatabaseOptions { DataDirectory = "/tmp/vetting", CommandTimeoutSeconds = 0 };

        var failure = Assert.Throws<OptionsValidationException>(() => new ServiceCollection().AddVettingData(options));

        Assert.Contains(nameof(VettingDatabaseOptions.CommandTimeoutSeconds), failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddVettingData_SqliteDefault_PutsTheFileInTheDataFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "vetting-options-" + Guid.NewGuid().ToString("N"));
        using var services = new ServiceCollection().AddLogging()
            .AddVettingData(new VettingDatabaseOptions { DataDirectory = folder }).BuildServiceProvider();

        var contexts = services.GetRequiredService<Context.VettingContextFactory>();

        Assert.Equal(Path.Combine(folder, VettingDatabaseOptions.SqliteFileName), contexts.SqliteFile);
        Assert.Equal(DatabaseProvider.Sqlite, services.GetRequiredService<VettingDatabase>().Provider);
    }
}
