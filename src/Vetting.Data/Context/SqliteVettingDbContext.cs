using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Vetting.Data.Context;

/// <summary>The embedded default. Its transactions start with BEGIN IMMEDIATE, which already serialises writers.</summary>
internal sealed class SqliteVettingDbContext(DbContextOptions<SqliteVettingDbContext> options) : VettingDbContext(options)
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    private const int SqliteConstraint = 19;
    private const int SqliteConstraintPrimaryKey = 1555;
    private const int SqliteConstraintUnique = 2067;

    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    public override bool IsTransientConflict(DbException exception) => exception is SqliteException e && (
        e.SqliteErrorCode is SqliteBusy or SqliteLocked
        || (e.SqliteErrorCode == SqliteConstraint && e.SqliteExtendedErrorCode is SqliteConstraintUnique or SqliteConstraintPrimaryKey));

    public override Task LockAuditChainAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
    }
}
