using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Vetting.Data.Context;

internal sealed class PostgresVettingDbContext(DbContextOptions<PostgresVettingDbContext> options) : VettingDbContext(options)
{
    /// <summary>Takes the audit chain's advisory lock (an arbitrary, fixed key) until the transaction ends.</summary>
    private const string LockAuditChainSql = "SELECT pg_advisory_xact_lock(6213110301)";

    public override DatabaseProvider Provider => DatabaseProvider.Postgres;

    public override bool IsTransientConflict(DbException exception) => exception is PostgresException e
        && e.SqlState is PostgresErrorCodes.UniqueViolation or PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected;

    public override Task LockAuditChainAsync(CancellationToken cancellationToken) =>
        Database.ExecuteSqlRawAsync(LockAuditChainSql, cancellationToken);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcConverter>();
    }
}
