using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vetting.Data.Context;
using Vetting.Data.Tests.Support;

namespace Vetting.Data.Tests.Migrations;

public abstract class MigrationTests<TDatabase>(TDatabase database) : IClassFixture<TDatabase>
    where TDatabase : TestDatabase
{
    [Fact]
    public async Task Migrate_EmptyDatabase_AppliesEveryMigrationAndLeavesNoModelChanges()
    {
        await using var scratch = await database.CreateScratchAsync();
        var schema = scratch.Services.GetRequiredService<VettingDatabase>();
        var all = schema.GetAllMigrations();
        Assert.NotEmpty(all);
        Assert.Equal(all, await schema.GetPendingMigrationsAsync(TestContext.Current.CancellationToken));

        var applied = await schema.MigrateAsync(TestContext.Current.CancellationToken);

        Assert.Equal(all, applied);
        Assert.Empty(await schema.GetPendingMigrationsAsync(TestContext.Current.CancellationToken));
        await using var context = scratch.Services.GetRequiredService<VettingContextFactory>().Create();
        Assert.False(context.Database.HasPendingModelChanges(), "the model has changes no migration captures: run 'dotnet ef migrations add'");
    }

    [Fact]
    public async Task Initialize_FreshDatabase_SqliteMigratesItselfServerDatabaseAsksForMigrate()
    {
        await using var scratch = await database.CreateScratchAsync();
        var schema = scratch.Services.GetRequiredService<VettingDatabase>();

        if (schema.Provider == DatabaseProvider.Sqlite)
        {
            await schema.InitializeAsync(TestContext.Current.CancellationToken);
        }
        else
        {
            var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => schema.InitializeAsync(TestContext.Current.CancellationToken));
            Assert.Contains("vetting migrate", refused.Message, StringComparison.Ordinal);
            await schema.MigrateAsync(TestContext.Current.CancellationToken);
            await schema.InitializeAsync(TestContext.Current.CancellationToken);
        }

        Assert.Empty(await schema.GetPendingMigrationsAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Migrate_UpToDateDatabase_AppliesNothing()
    {
        var applied = await database.Get<VettingDatabase>().MigrateAsync(TestContext.Current.CancellationToken);

        Assert.Empty(applied);
    }
}
