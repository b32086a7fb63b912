using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Logging.Abstractions;
using Vetting.Data.Context;

namespace Vetting.Data.Tests.Migrations;

/// <summary>No SQL Server runs here: the model and its migrations are checked offline (no connection is opened).</summary>
public sealed class SqlServerModelTests
{
    private static SqlServerVettingDbContext Create() => (SqlServerVettingDbContext)new VettingContextFactory(
        new VettingDatabaseOptions { Provider = DatabaseProvider.SqlServer, ConnectionString = "Server=localhost;Database=vetting;TrustServerCertificate=true" },
        NullLoggerFactory.Instance).Create();

    [Fact]
    public void Model_SqlServer_MatchesTheLatestMigrationSnapshot()
    {
        using var context = Create();

        Assert.Equal(12, context.Model.GetEntityTypes().Count()); // eleven vetting tables and the data-protection key ring
        Assert.NotEmpty(context.Database.GetMigrations());
        Assert.False(context.Database.HasPendingModelChanges(), "the model has changes no SQL Server migration captures");
    }

    [Fact]
    public void GenerateScript_SqlServerMigrations_CreatesEveryTableWithItsUniqueKeys()
    {
        using var context = Create();

        var script = context.GetService<IMigrator>().GenerateScript();

        foreach (var table in new[] { "Accounts", "Events", "Registrants", "Screenings", "ScreeningMatches", "Decisions", "PlatformActions",
                     "Clearances", "ReleaseRequests", "FinalChecks", "AuditLog", "DataProtectionKeys" })
        {
            Assert.Contains($"CREATE TABLE [{table}]", script, StringComparison.Ordinal);
        }

        Assert.Contains("CREATE UNIQUE INDEX [IX_PlatformActions_IdempotencyKey]", script, StringComparison.Ordinal);
        Assert.Contains("WHERE [OpenKey] IS NOT NULL", script, StringComparison.Ordinal);
    }
}
