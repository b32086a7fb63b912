using System.Data.Common;
using Microsoft.Data.SqlClient;
using Microsoft.EntityFrameworkCore;

namespace Vetting.Data.Context;

internal sealed class SqlServerVettingDbContext(DbContextOptions<SqlServerVettingDbContext> options) : VettingDbContext(options)
{
    private const int DuplicateKeyRow = 2601;
    private const int DuplicateKeyConstraint = 2627;
    private const int Deadlock = 1205;

    public override DatabaseProvider Provider => DatabaseProvider.SqlServer;

    public override bool IsTransientConflict(DbException exception) =>
        exception is SqlException e && e.Number is DuplicateKeyRow or DuplicateKeyConstraint or Deadlock;

    public override Task LockAuditChainAsync(CancellationToken cancellationToken) => Database.ExecuteSqlRawAsync(
        "EXEC sp_getapplock @Resource = N'vetting-audit-chain', @LockMode = N'Exclusive', @LockOwner = N'Transaction', @LockTimeout = 60000",
        cancellationToken);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcConverter>();
    }
}
