using Microsoft.Extensions.Time.Testing;
using Vetting.Core.Vetting;
using Vetting.Service.Web.Admin;

namespace VettingService.Tests.Web;

public sealed class AuditChainCheckTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task GetAsync_WithinMaxAge_ReusesTheWalkExtendedOverNewRecords()
    {
        var (log, time) = (new CountingAuditLog(), new FakeTimeProvider());
        using var check = new AuditChainCheck(log, time);

        var first = await check.GetAsync(fresh: false, Ct);
        time.Advance(AuditChainCheck.MaxAge - TimeSpan.FromSeconds(1));
        var second = await check.GetAsync(fresh: false, Ct);

        Assert.Equal(1, log.Walks);
        Assert.Equal(1, log.Extensions);
        Assert.Equal(first.StartedAt, second.StartedAt);
        Assert.Equal(first.Report.HeadSequence + 1, second.Report.HeadSequence);
    }

    [Fact]
    public async Task GetAsync_OlderThanMaxAge_WalksAgain()
    {
        var (log, time) = (new CountingAuditLog(), new FakeTimeProvider());
        using var check = new AuditChainCheck(log, time);

        await check.GetAsync(fresh: false, Ct);
        time.Advance(AuditChainCheck.MaxAge);
        log.Broken = true;
        var again = await check.GetAsync(fresh: false, Ct);

        Assert.Equal(2, log.Walks);
        Assert.False(again.Report.IsIntact);
        Assert.Equal(time.GetUtcNow(), again.StartedAt);
    }

    [Fact]
    public async Task GetAsync_Fresh_WalksEvenWhenTheLastCheckIsYoung()
    {
        var (log, time) = (new CountingAuditLog(), new FakeTimeProvider());
        using var check = new AuditChainCheck(log, time);

        await check.GetAsync(fresh: false, Ct);
        log.Broken = true;
        var fresh = await check.GetAsync(fresh: true, Ct);

        Assert.Equal(2, log.Walks);
        Assert.Equal(2, fresh.Report.BrokenAtSequence);
    }

    /// <summary>An audit log whose only real operations are the chain walk and its extension, counted; the rest is unused here.</summary>
    private sealed class CountingAuditLog : IAuditLog
    {
        public int Walks { get; private set; }

        public bool Broken { get; set; }

        public Task<AuditChainReport> VerifyChainAsync(CancellationToken cancellationToken)
        {
            Walks++;
            return Task.FromResult(Broken
                ? new AuditChainReport(false, 2, 1, "a", 2, "its content does not match its hash")
                : new AuditChainReport(true, 3, 3, "c"));
        }

        public int Extensions { get; private set; }

        public Task<AuditChainReport> VerifyChainAfterAsync(AuditChainReport verified, CancellationToken cancellationToken)
        {
            Extensions++;
            return Task.FromResult(verified with { EntriesChecked = verified.EntriesChecked + 1, HeadSequence = verified.HeadSequence + 1 });
        }

        public Task<AuditEntry> AppendAsync(AuditDraft draft, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<IReadOnlyList<AuditEntry>> ReadAsync(long afterSequence, int max, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<IReadOnlyList<AuditEntry>> ListForSubjectAsync(string subjectType, string subjectId, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public Task<IReadOnlyList<AuditEntry>> SearchAsync(AuditQuery query, CancellationToken cancellationToken) => throw new NotSupportedException();
    }
}
