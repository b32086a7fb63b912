using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.SqlServer;
using Hangfire.Storage.SQLite;
using Vetting.Data;

namespace Vetting.Service.Jobs;

/// <summary>Hangfire's storage follows the vetting database: an embedded SQLite file, the PostgreSQL server, or SQL Server.</summary>
internal static class HangfireStorageSetup
{
    /// <summary>The embedded default's job database, next to the vetting database in the data folder.</summary>
    public const string SqliteFileName = "hangfire.db";

    public static void UseVettingStorage(this IGlobalConfiguration configuration, VettingDatabaseOptions database, TimeSpan pollInterval)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(database);
        switch (database.Provider)
        {
            case DatabaseProvider.Postgres:
                configuration.UsePostgreSqlStorage(
                    o => o.UseNpgsqlConnection(database.ConnectionString),
                    new PostgreSqlStorageOptions { SchemaName = "hangfire", QueuePollInterval = pollInterval, PrepareSchemaIfNecessary = true });
                break;
            case DatabaseProvider.SqlServer:
                configuration.UseSqlServerStorage(
                    database.ConnectionString,
                    new SqlServerStorageOptions { SchemaName = "HangFire", QueuePollInterval = pollInterval, PrepareSchemaIfNecessary = true });
                break;
            default:
                var folder = database.DataDirectory ?? throw new InvalidOperationException("the embedded job database needs the data folder");
                Directory.CreateDirectory(folder);
                configuration.UseSQLiteStorage(
                    Path.Combine(folder, SqliteFileName),
                    new SQLiteStorageOptions { QueuePollInterval = pollInterval });
                break;
        }
    }
}
