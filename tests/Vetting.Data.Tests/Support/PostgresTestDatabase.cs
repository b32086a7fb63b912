using System.Net.Sockets;
using Npgsql;

namespace Vetting.Data.Tests.Support;

/// <summary>
/// A database on the PostgreSQL server named by <c>VETTING_TEST_PG</c> (default
/// <c>Host=localhost;Username=postgres;Password=postgres</c>), created for the test class and dropped after it.
/// </summary>
public sealed class PostgresTestDatabase : TestDatabase
{
    private static readonly string ServerConnectionString =
        Environment.GetEnvironmentVariable("VETTING_TEST_PG") is { Length: > 0 } configured
            ? configured
            : "Host=localhost;Username=postgres;Password=postgres";

    protected override async Task<VettingDatabaseOptions> CreateAsync(string name)
    {
        try
        {
            await using var connection = await OpenAdminAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }
        catch (Exception e) when (e is NpgsqlException or SocketException or TimeoutException)
        {
            throw new DatabaseUnavailableException($"PostgreSQL is not reachable through VETTING_TEST_PG ({e.GetType().Name}: {e.Message})", e);
        }

        var builder = new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = name };
        return new VettingDatabaseOptions { Provider = DatabaseProvider.Postgres, ConnectionString = builder.ConnectionString };
    }

    protected override async Task DropAsync(string name)
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = await OpenAdminAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync(CancellationToken.None);
    }

    private static async Task<NpgsqlConnection> OpenAdminAsync()
    {
        var builder = new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = "postgres", Timeout = 30, CommandTimeout = 120, Pooling = false };
        var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        return connection;
    }
}
