using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Vetting.Data;
using Vetting.Service.Health;
using Vetting.Testing;
using Vetting.Watchlists.Importing;

namespace VettingService.Tests.Health;

/// <summary>Readiness against a real PostgreSQL server: the production path, migrated by the migrate verb's code.</summary>
public sealed class PostgresReadinessTests : IDisposable
{
    private readonly TempDirectory _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task Ready_MigratedPostgresAndFreshList_Healthy()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var database = await ScratchPostgresDatabase.CreateAsync(cancellationToken);
        await using (var migrator = new ServiceCollection().AddLogging().AddVettingData(database.Options).BuildServiceProvider())
        {
            await migrator.GetRequiredService<VettingDatabase>().MigrateAsync(cancellationToken);
        }

        var listDate = new DateTimeOffset(2025, 6, 2, 0, 0, 0, TimeSpan.Zero);
        var time = new FakeTimeProvider(listDate.AddHours(3));
        await using var host = await HealthHost.StartAsync(database.Options, Path.Combine(_data.Path, "watchlists"), time, checkSchemaAtStart: true, cancellationToken);
        host.Services.GetRequiredService<WatchlistImporter>()
            .Import(new ImportRequest(TestPaths.ListFixture("ofac-sdn.csv")) { AsOfFallback = listDate }, cancellationToken);

        var (status, _, body) = await host.GetAsync(HealthEndpoints.ReadyPath, cancellationToken);

        Assert.Equal(200, status);
        Assert.Equal("Healthy", body.GetProperty("status").GetString());
        var check = body.GetProperty("checks").GetProperty("database");
        Assert.Equal("Postgres", check.GetProperty("data").GetProperty("provider").GetString());
        Assert.Equal(0, check.GetProperty("data").GetProperty("pendingMigrations").GetInt32());
    }
}
