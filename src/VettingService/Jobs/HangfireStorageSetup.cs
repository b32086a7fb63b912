using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Hangfire.SqlServer;
using Hangfire.Storage.SQLite;
using Vetting.Data;

namespace Vetting.Service.Jobs;

/// <summary>Hangfire's storage follows the vetting database: an embedded SQLite file, the PostgreSQL server, or SQL Server.</summary>
internal static class HangfireStorageSetup
{
    /// <summary>The embedded default's job database, next to the vetting database in the data folder.</summary>
    public const string SqliteFileName = "hangfire.db";

    /// <summary>
    /// A storage instance of this host's own (registered as its <see cref="JobStorage"/>), rather than Hangfire's global
    /// one, so two hosts in one process (tests, a restart) never share or swap storages.
    /// </summary>
    public static JobStorage Create(VettingDatabaseOptions database, TimeSpan pollInterval)
    {
        ArgumentNullException.ThrowIfNull(database);
        switch (database.Provider)
        {
            case DatabaseProvider.Postgres:
                var postgres = new PostgreSqlStorageOptions { SchemaName = "hangfire", QueuePollInterval = pollInterval, PrepareSchemaIfNecessary = true };
                return new PostgreSqlStorage(new NpgsqlConnectionFactory(database.ConnectionString, postgres), postgres);
            case DatabaseProvider.SqlServer:
                return new SqlServerStorage(
                    database.ConnectionString,
                    new SqlServerStorageOptions { SchemaName = "HangFire", QueuePollInterval = pollInterval, PrepareSchemaIfNecessary = true });
            default:
                var folder = database.DataDirectory ?? throw new InvalidOperationException("the embedded job database needs the data folder");
                Directory.CreateDirectory(folder);
                return new SQLiteStorage(Path.Combine(folder, SqliteFileName), new SQLiteStorageOptions { QueuePollInterval = pollInterval });
        }
    }
}
