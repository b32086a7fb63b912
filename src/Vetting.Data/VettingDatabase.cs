using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Vetting.Data.Context;

namespace Vetting.Data;

/// <summary>
/// The database's schema: what is pending, applying migrations, and the start-up rule (the embedded SQLite database
/// migrates itself; a server database must already be migrated by <c>vetting migrate</c>).
/// </summary>
public sealed class VettingDatabase
{
    private readonly VettingContextFactory _contexts;
    private readonly ILogger<VettingDatabase> _logger;

    internal VettingDatabase(VettingContextFactory contexts, ILogger<VettingDatabase> logger)
    {
        _contexts = contexts;
        _logger = logger;
    }

    public DatabaseProvider Provider => _contexts.Provider;

    /// <summary>Migrations not yet applied, oldest first.</summary>
    public async Task<IReadOnlyList<string>> GetPendingMigrationsAsync(CancellationToken cancellationToken)
    {
        await using var db = _contexts.Create();
        return (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
    }

    /// <summary>Every migration the assembly has for this provider, oldest first.</summary>
    public IReadOnlyList<string> GetAllMigrations()
    {
        using var db = _contexts.Create();
        return db.Database.GetMigrations().ToList();
    }

    /// <summary>Applies the pending migrations (creating the database or SQLite file if needed); returns their names.</summary>
    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken cancellationToken)
    {
        if (_contexts.SqliteFile is { } file && Path.GetDirectoryName(Path.GetFullPath(file)) is { } folder)
        {
            Directory.CreateDirectory(folder);
        }

        await using var db = _contexts.Create();
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        await db.Database.MigrateAsync(cancellationToken);
        if (db.Provider == DatabaseProvider.Sqlite)
        {
            // Readers never wait for the writer, and a crash cannot leave a half-written page.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        if (pending.Count > 0)
        {
            Log.MigrationsApplied(_logger, pending.Count, Provider, pending[^1]);
        }
        else
        {
            Log.DatabaseUpToDate(_logger, Provider);
        }

        return pending;
    }

    /// <summary>
    /// The start-up step: SQLite is migrated; a server database is only checked, and a pending migration stops the start
    /// with a message that says to run <c>vetting migrate</c>.
    /// </summary>
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        if (Provider == DatabaseProvider.Sqlite)
        {
            try
            {
                await MigrateAsync(cancellationToken);
            }
            catch (SqliteException e)
            {
                throw new InvalidOperationException($"The embedded database '{_contexts.SqliteFile}' could not be opened or migrated: {e.Message}", e);
            }

            return;
        }

        var pending = await GetPendingMigrationsAsync(cancellationToken);
        if (pending.Count > 0)
        {
            throw new InvalidOperationException(
                $"The {Provider} database lacks {pending.Count} migration(s) (first: {pending[0]}). " +
                "Run 'vetting migrate' against it (with the same configuration) before starting the service.");
        }

        Log.DatabaseUpToDate(_logger, Provider);
    }
}
