using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Vetting.Data.Context;

/// <summary>Creates the configured provider's context; options are built once.</summary>
internal sealed class VettingContextFactory
{
    private readonly Func<VettingDbContext> _create;

    public VettingContextFactory(VettingDatabaseOptions options, ILoggerFactory? loggerFactory)
    {
        ArgumentNullException.ThrowIfNull(options);
        Provider = options.Provider;
        var connectionString = ResolveConnectionString(options);
        SqliteFile = options.Provider == DatabaseProvider.Sqlite ? new SqliteConnectionStringBuilder(connectionString).DataSource : null;
        var timeout = options.CommandTimeoutSeconds;
        switch (options.Provider)
        {
            case DatabaseProvider.Postgres:
                var postgres = Logging(new DbContextOptionsBuilder<PostgresVettingDbContext>(), loggerFactory)
                    .UseNpgsql(connectionString, o => o.CommandTimeout(timeout)).Options;
                _create = () => new PostgresVettingDbContext(postgres);
                break;
            case DatabaseProvider.SqlServer:
                var sqlServer = Logging(new DbContextOptionsBuilder<SqlServerVettingDbContext>(), loggerFactory)
                    .UseSqlServer(connectionString, o => o.CommandTimeout(timeout)).Options;
                _create = () => new SqlServerVettingDbContext(sqlServer);
                break;
            case DatabaseProvider.Sqlite:
                var sqlite = Logging(new DbContextOptionsBuilder<SqliteVettingDbContext>(), loggerFactory)
                    .UseSqlite(connectionString, o => o.CommandTimeout(timeout)).Options;
                _create = () => new SqliteVettingDbContext(sqlite);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(options), options.Provider, "unknown database provider");
        }
    }

    public DatabaseProvider Provider { get; }

    /// <summary>The embedded database's file path; null for server databases.</summary>
    public string? SqliteFile { get; }

    public VettingDbContext Create() => _create();

    /// <summary>The configured connection string, or for SQLite without one <c>{DataDirectory}/vetting.db</c>.</summary>
    internal static string ResolveConnectionString(VettingDatabaseOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return options.ConnectionString;
        }

        if (options.Provider != DatabaseProvider.Sqlite || string.IsNullOrWhiteSpace(options.DataDirectory))
        {
            throw new InvalidOperationException($"{VettingDatabaseOptions.SectionName}: no ConnectionString for {options.Provider}");
        }

        return new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(Path.GetFullPath(options.DataDirectory), VettingDatabaseOptions.SqliteFileName),
            Pooling = true,
        }.ToString();
    }

    private static DbContextOptionsBuilder<T> Logging<T>(DbContextOptionsBuilder<T> builder, ILoggerFactory? loggerFactory)
        where T : DbContext
    {
        if (loggerFactory is not null)
        {
            builder.UseLoggerFactory(loggerFactory);
        }

        return builder;
    }
}
