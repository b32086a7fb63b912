using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Vetting.Data;
using Vetting.Service.Health;
using Vetting.Testing;
using Vetting.Watchlists.Importing;

namespace VettingService.Tests.Health;

/// <summary><c>/health/ready</c> and <c>/health/live</c> over a real host, store and watchlist folder.</summary>
public sealed class ReadinessTests : IDisposable
{
    private static readonly DateTimeOffset ListDate = new(2025, 3, 3, 6, 0, 0, TimeSpan.Zero);
    private readonly TempDirectory _data = new();
    private readonly FakeTimeProvider _time = new(ListDate);

    public void Dispose() => _data.Dispose();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private string Watchlists => Path.Combine(_data.Path, "watchlists");

    private VettingDatabaseOptions Sqlite => new() { DataDirectory = _data.Path };

    [Fact]
    public async Task Ready_FreshListAndMigratedDatabase_HealthyWithWhatWasChecked()
    {
        await using var host = await HealthHost.StartAsync(Sqlite, Watchlists, _time, checkSchemaAtStart: true, Token);
        ImportOfacSdn(host);
        _time.Advance(TimeSpan.FromHours(5));

        var (status, contentType, body) = await host.GetAsync(HealthEndpoints.ReadyPath, Token);

        Assert.Equal(200, status);
        Assert.Equal("application/json", contentType);
        Assert.Equal("Healthy", body.GetProperty("status").GetString());
        var database = body.GetProperty("checks").GetProperty("database");
        Assert.Equal("Healthy", database.GetProperty("status").GetString());
        Assert.Equal("Sqlite", database.GetProperty("data").GetProperty("provider").GetString());
        Assert.Equal(0, database.GetProperty("data").GetProperty("pendingMigrations").GetInt32());
        var list = body.GetProperty("checks").GetProperty("watchlists").GetProperty("data").GetProperty("ofac-sdn");
        Assert.Equal(5, list.GetProperty("ageHours").GetDouble());
        Assert.Equal(24, list.GetProperty("cadenceHours").GetDouble()); // from watchlists/sources.json
        Assert.False(list.GetProperty("stale").GetBoolean());
        Assert.Equal(["versionId", "asOf", "ageHours", "cadenceHours", "stale"], list.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task Ready_ListOlderThanTwiceItsCadence_DegradedButStillReady()
    {
        await using var host = await HealthHost.StartAsync(Sqlite, Watchlists, _time, checkSchemaAtStart: true, Token);
        ImportOfacSdn(host);

        _time.Advance(TimeSpan.FromHours(47));
        var (beforeStatus, _, before) = await host.GetAsync(HealthEndpoints.ReadyPath, Token);
        _time.Advance(TimeSpan.FromHours(2));
        var (afterStatus, _, after) = await host.GetAsync(HealthEndpoints.ReadyPath, Token);

        Assert.Equal((200, "Healthy"), (beforeStatus, before.GetProperty("status").GetString()));
        Assert.Equal((200, "Degraded"), (afterStatus, after.GetProperty("status").GetString()));
        var watchlists = after.GetProperty("checks").GetProperty("watchlists");
        Assert.Equal("Degraded", watchlists.GetProperty("status").GetString());
        Assert.Contains("ofac-sdn", watchlists.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.True(watchlists.GetProperty("data").GetProperty("ofac-sdn").GetProperty("stale").GetBoolean());
    }

    [Fact]
    public async Task Ready_NoActiveList_Unhealthy503()
    {
        await using var host = await HealthHost.StartAsync(Sqlite, Watchlists, _time, checkSchemaAtStart: true, Token);

        var (status, _, body) = await host.GetAsync(HealthEndpoints.ReadyPath, Token);

        Assert.Equal(503, status);
        Assert.Equal("Unhealthy", body.GetProperty("status").GetString());
        Assert.Equal("Unhealthy", body.GetProperty("checks").GetProperty("watchlists").GetProperty("status").GetString());
        Assert.Equal("Healthy", body.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Ready_DatabaseUnreachable_Unhealthy503WithoutServerDetailsAndLiveStillUp()
    {
        var database = new VettingDatabaseOptions
        {
            Provider = DatabaseProvider.Postgres,
            ConnectionString = $"Host=127.0.0.1;Port={ClosedPort()};Database=vetting;Username=vetting;Password=s3cret-pw;Timeout=3",
        };
        await using var host = await HealthHost.StartAsync(database, Watchlists, _time, checkSchemaAtStart: false, Token);
        ImportOfacSdn(host);

        var (status, _, body) = await host.GetAsync(HealthEndpoints.ReadyPath, Token);
        var (liveStatus, _, live) = await host.GetAsync(HealthEndpoints.LivePath, Token);

        Assert.Equal(503, status);
        var check = body.GetProperty("checks").GetProperty("database");
        Assert.Equal("Unhealthy", check.GetProperty("status").GetString());
        Assert.StartsWith("unreachable (", check.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Equal("Postgres", check.GetProperty("data").GetProperty("provider").GetString());
        Assert.DoesNotContain("127.0.0.1", body.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", body.GetRawText(), StringComparison.Ordinal);
        Assert.Equal(200, liveStatus);
        Assert.Equal("Healthy", live.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Ready_SchemaNotMigrated_Unhealthy503AskingForMigrate()
    {
        await using var host = await HealthHost.StartAsync(Sqlite, Watchlists, _time, checkSchemaAtStart: false, Token);
        ImportOfacSdn(host);

        var (status, _, body) = await host.GetAsync(HealthEndpoints.ReadyPath, Token);

        Assert.Equal(503, status);
        var check = body.GetProperty("checks").GetProperty("database");
        Assert.True(check.GetProperty("data").GetProperty("pendingMigrations").GetInt32() > 0);
        Assert.Contains("vetting migrate", check.GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Live_NothingImported_HealthyWithoutRunningChecks()
    {
        await using var host = await HealthHost.StartAsync(Sqlite, Watchlists, _time, checkSchemaAtStart: true, Token);

        var (status, _, body) = await host.GetAsync(HealthEndpoints.LivePath, Token);

        Assert.Equal(200, status);
        Assert.Equal("Healthy", body.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Object, body.GetProperty("checks").ValueKind);
        Assert.Empty(body.GetProperty("checks").EnumerateObject());
    }

    private static void ImportOfacSdn(HealthHost host)
    {
        var outcome = host.Services.GetRequiredService<WatchlistImporter>()
            .Import(new ImportRequest(TestPaths.ListFixture("ofac-sdn.csv")) { AsOfFallback = ListDate }, Token);
        Assert.Equal(ListDate, outcome.Version.AsOf);
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
