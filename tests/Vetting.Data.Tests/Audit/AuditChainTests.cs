using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vetting.Core.Vetting;
using Vetting.Data.Context;
using Vetting.Data.Tests.Support;

namespace Vetting.Data.Tests.Audit;

public abstract class AuditChainTests<TDatabase>(TDatabase database) : IClassFixture<TDatabase>
    where TDatabase : TestDatabase
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task VerifyChain_AfterStoreWrites_IsIntactAndEndsAtTheHead()
    {
        await new Scenario(database).FlaggedAsync();
        var log = database.Get<IAuditLog>();
        var appended = await log.AppendAsync(ListChange("0002-20260302T080000Z"), Token);

        var report = await log.VerifyChainAsync(Token);

        Assert.True(report.IsIntact, report.Problem);
        Assert.Equal(appended.Sequence, report.HeadSequence);
        Assert.Equal(appended.Hash, report.HeadHash);
        Assert.Equal(report.HeadSequence, report.EntriesChecked);
        var all = await log.ReadAsync(0, 10_000, Token);
        Assert.Equal(AuditHash.Genesis, all[0].PreviousHash);
        Assert.All(all.Skip(1).Zip(all), pair => Assert.Equal(pair.Second.Hash, pair.First.PreviousHash));
    }

    [Fact]
    public async Task VerifyChain_RecordAltered_ReportsThatRecord()
    {
        await using var scratch = await MigratedScratchAsync();
        var log = scratch.Services.GetRequiredService<IAuditLog>();
        await AppendListChangesAsync(log, 0, 5);
        await ForgeDetailsAsync(scratch, 3);

        var report = await log.VerifyChainAsync(Token);

        Assert.False(report.IsIntact);
        Assert.Equal(3, report.BrokenAtSequence);
        Assert.Equal(2, report.HeadSequence);
        Assert.Contains("hash", report.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerifyChainAfter_IntactReport_ChecksOnlyTheNewRecords()
    {
        await using var scratch = await MigratedScratchAsync();
        var log = scratch.Services.GetRequiredService<IAuditLog>();
        await AppendListChangesAsync(log, 0, 3);
        var verified = await log.VerifyChainAsync(Token);
        await AppendListChangesAsync(log, 3, 2);
        var extended = await log.VerifyChainAfterAsync(verified, Token);
        await ForgeDetailsAsync(scratch, 5);

        var afterTampering = await log.VerifyChainAfterAsync(verified, Token);

        Assert.True(extended.IsIntact, extended.Problem);
        Assert.Equal(5, extended.HeadSequence);
        Assert.Equal(5, extended.EntriesChecked);
        Assert.False(afterTampering.IsIntact);
        Assert.Equal(5, afterTampering.BrokenAtSequence);
        await Assert.ThrowsAsync<ArgumentException>(() => log.VerifyChainAfterAsync(afterTampering, Token));
    }

    [Fact]
    public async Task VerifyChain_RecordDeleted_ReportsTheGap()
    {
        await using var scratch = await MigratedScratchAsync();
        var log = scratch.Services.GetRequiredService<IAuditLog>();
        await AppendListChangesAsync(log, 0, 5);
        await using (var context = Contexts(scratch).Create())
        {
            await context.AuditLog.Where(a => a.Sequence == 4).ExecuteDeleteAsync(Token);
        }

        var report = await log.VerifyChainAsync(Token);

        Assert.False(report.IsIntact);
        Assert.Equal(4, report.BrokenAtSequence);
        Assert.Contains("missing", report.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Append_ConcurrentWritersOnTwoHosts_ChainStaysLinearAndComplete()
    {
        await using var scratch = await MigratedScratchAsync();
        var second = new ServiceCollection().AddLogging().AddSingleton<TimeProvider>(database.Time).AddVettingData(scratch.Options).BuildServiceProvider();
        await using var secondHost = second;
        var logs = new[] { scratch.Services.GetRequiredService<IAuditLog>(), second.GetRequiredService<IAuditLog>() };

        var entries = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => Task.Run(
            () => logs[i % 2].AppendAsync(ListChange($"{i:0000}-20260302T080000Z"), Token), Token)));

        Assert.Equal(Enumerable.Range(1, 40).Select(i => (long)i), entries.Select(e => e.Sequence).Order());
        var report = await logs[0].VerifyChainAsync(Token);
        Assert.True(report.IsIntact, report.Problem);
        Assert.Equal(40, report.EntriesChecked);
    }

    [Fact]
    public async Task Append_DetailThatLooksLikeAnEmailAddress_IsRefused()
    {
        var draft = new AuditDraft(AuditKind.SettingChanged, "admin-1", "setting", "notifications",
            new Dictionary<string, string> { ["recipient"] = "someone@example.org" });

        await Assert.ThrowsAsync<ArgumentException>(() => database.Get<IAuditLog>().AppendAsync(draft, Token));
    }

    private static AuditDraft ListChange(string version) =>
        new(AuditKind.ListChanged, AuditDraft.SystemActor, "watchlist", "ofac-sdn", new Dictionary<string, string> { ["version"] = version });

    private static async Task AppendListChangesAsync(IAuditLog log, int first, int count)
    {
        for (var i = first; i < first + count; i++)
        {
            await log.AppendAsync(ListChange($"{i:0000}-20260302T080000Z"), Token);
        }
    }

    private static async Task ForgeDetailsAsync(ScratchDatabase scratch, long sequence)
    {
        await using var context = Contexts(scratch).Create();
        await context.AuditLog.Where(a => a.Sequence == sequence)
            .ExecuteUpdateAsync(set => set.SetProperty(a => a.Details, "{\"version\":\"forged\"}"), Token);
    }

    private static VettingContextFactory Contexts(ScratchDatabase scratch) => scratch.Services.GetRequiredService<VettingContextFactory>();

    private async Task<ScratchDatabase> MigratedScratchAsync()
    {
        var scratch = await database.CreateScratchAsync();
        await scratch.Services.GetRequiredService<VettingDatabase>().MigrateAsync(Token);
        return scratch;
    }
}
