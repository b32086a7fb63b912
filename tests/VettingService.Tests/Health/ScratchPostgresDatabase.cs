using System.Net.Sockets;
using Npgsql;
using Vetting.Data;

namespace VettingService.Tests.Health;

/// <summary>
/// An empty database on the PostgreSQL server named by <c>VETTING_TEST_PG</c> (default
/// <c>Host=localhost;Username=postgres;Password=postgres</c>), dropped on dispose. Without a server the test is skipped,
/// except under <c>CI=true</c>, where it fails.
/// </summary>
internal sealed class ScratchPostgresDatabase : IAsyncDisposable
{
    private static readonly string Server =
        Environment.GetEnvironmentVariable("VETTING_TEST_PG") is { Length: > 0 } configured ? configured : "Host=localhost;Username=postgres;Password=postgres";

    private readonly string _name = "vetting_health_" + Guid.NewGuid().ToString("N");

    private ScratchPostgresDatabase()
    {
    }

    public VettingDatabaseOptions Options => new()
    {
        Provider = DatabaseProvider.Postgres,
        ConnectionString = new NpgsqlConnectionStringBuilder(Server) { Database = _name, Timeout = 30 }.ConnectionString,
    };

    public static async Task<ScratchPostgresDatabase> CreateAsync(CancellationToken cancellationToken)
    {
        var database = new ScratchPostgresDatabase();
        try
        {
            await RunAsync($"CREATE DATABASE \"{database._name}\"", cancellationToken);
        }
        catch (Exception e) when (e is NpgsqlException or SocketException or TimeoutException)
        {
            if (Environment.GetEnvironmentVariable("CI") == "true")
            {
                throw;
            }

            Assert.Skip($"PostgreSQL is not reachable through VETTING_TEST_PG ({e.GetType().Name})");
        }

        return database;
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await RunAsync($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)", CancellationToken.None);
    }

    private static async Task RunAsync(string sql, CancellationToken cancellationToken)
    {
        var builder = new NpgsqlConnectionStringBuilder(Server) { Database = "postgres", Timeout = 30, CommandTimeout = 120, Pooling = false };
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
