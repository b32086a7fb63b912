using Microsoft.Extensions.DependencyInjection;
using Vetting.Core.Platforms;
using Vetting.Core.Vetting;
using Vetting.Data.Tests.Support;

namespace Vetting.Data.Tests.Audit;

public abstract class AuditSearchTests<TDatabase>(TDatabase database) : IClassFixture<TDatabase>
    where TDatabase : TestDatabase
{
    private static readonly Guid EventA = Guid.Parse("0197a000-0000-7000-8000-00000000000a");
    private static readonly Guid EventB = Guid.Parse("0197a000-0000-7000-8000-00000000000b");

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Search_NoFilter_NewestFirstAndPagesBySequence()
    {
        await using var scratch = await SeededAsync();
        var log = scratch.Services.GetRequiredService<IAuditLog>();

        var first = await log.SearchAsync(new AuditQuery(Take: 4), Token);
        var second = await log.SearchAsync(new AuditQuery(BeforeSequence: first[^1].Sequence, Take: 4), Token);

        Assert.Equal([6L, 5, 4, 3], first.Select(e => e.Sequence));
        Assert.Equal([2L, 1], second.Select(e => e.Sequence));
    }

    [Fact]
    public async Task Search_ByKindAndActor_OnlyThoseRecords()
    {
        await using var scratch = await SeededAsync();
        var log = scratch.Services.GetRequiredService<IAuditLog>();

        var decisions = await log.SearchAsync(new AuditQuery(Kind: AuditKind.DecisionRecorded), Token);
        var byReviewer = await log.SearchAsync(new AuditQuery(Kind: AuditKind.DecisionRecorded, Actor: "reviewer-2"), Token);

        Assert.Equal(3, decisions.Count);
        Assert.All(decisions, e => Assert.Equal(AuditKind.DecisionRecorded, e.Kind));
        var only = Assert.Single(byReviewer);
        Assert.Equal("reviewer-2", only.Actor);
    }

    [Fact]
    public async Task Search_ByEvent_TheEventAndDecisionsNamingIt()
    {
        await using var scratch = await SeededAsync();
        var log = scratch.Services.GetRequiredService<IAuditLog>();

        var found = await log.SearchAsync(new AuditQuery(EventId: EventA), Token);

        Assert.Equal([4L, 2, 1], found.Select(e => e.Sequence));
    }

    [Fact]
    public async Task Search_ByEvent_IncludesTheRecordsOfItsActions()
    {
        var scenario = new Scenario(database);
        var meeting = await scenario.EventAsync();
        var other = await scenario.EventAsync();
        var registrant = await scenario.RegistrantAsync(meeting.Id);
        var screening = await scenario.ScreenAsync(registrant, Scenario.Match(decision: Matching.Decision.Block));
        var recorded = await database.Get<IDecisionStore>().RecordDecisionAsync(
            NewDecision.Automatic(screening, DecisionKind.Block, "block-level match"), PlatformActionKind.Deny, Token);
        await scenario.FlaggedAsync(other.Id);

        var found = await database.Get<IAuditLog>().SearchAsync(new AuditQuery(EventId: meeting.Id), Token);

        Assert.Contains(found, e => e.Kind == AuditKind.DecisionRecorded && e.SubjectId == recorded.Decision.Id.ToString("N"));
        Assert.Contains(found, e => e.Kind == AuditKind.ActionRequested && e.SubjectId == recorded.Action!.Id.ToString("N")); // not null: asked for
        Assert.Contains(found, e => e.SubjectType == "event" && e.SubjectId == meeting.Id.ToString("N"));
        Assert.DoesNotContain(found, e => e.Details.Contains(other.Id.ToString("N"), StringComparison.Ordinal) || e.SubjectId == other.Id.ToString("N"));
    }

    [Fact]
    public async Task Search_ByDateRangeAndText_CaseInsensitiveWithinTheRange()
    {
        await using var scratch = await SeededAsync();
        var log = scratch.Services.GetRequiredService<IAuditLog>();
        var all = await log.SearchAsync(new AuditQuery(), Token);
        var third = all.Single(e => e.Sequence == 3);

        var fromThird = await log.SearchAsync(new AuditQuery(From: third.At, Until: third.At.AddMilliseconds(1)), Token);
        var text = await log.SearchAsync(new AuditQuery(Text: "CONFIRMED"), Token);
        var nothing = await log.SearchAsync(new AuditQuery(Text: "<script>' OR 1=1 --"), Token);

        Assert.Equal(3, Assert.Single(fromThird).Sequence);
        Assert.Equal([5L, 2], text.Select(e => e.Sequence));
        Assert.Empty(nothing);
    }

    [Fact]
    public async Task Search_PageSizeOutOfRange_IsRefused()
    {
        var log = database.Get<IAuditLog>();

        await Assert.ThrowsAnyAsync<ArgumentException>(() => log.SearchAsync(new AuditQuery(Take: 0), Token));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => log.SearchAsync(new AuditQuery(Text: new string('x', 10_000)), Token));
    }

    private async Task<ScratchDatabase> SeededAsync()
    {
        var scratch = await database.CreateScratchAsync();
        await scratch.Services.GetRequiredService<VettingDatabase>().MigrateAsync(Token);
        var log = scratch.Services.GetRequiredService<IAuditLog>();
        AuditDraft[] drafts =
        [
            new(AuditKind.EventPolicyChanged, "admin-1", "event", EventA.ToString("N"), Details(("change", "updated"))),
            new(AuditKind.DecisionRecorded, "reviewer-1", "decision", "d1", Details(("event", EventA.ToString("N")), ("kind", "Confirmed"))),
            new(AuditKind.DecisionRecorded, "reviewer-1", "decision", "d2", Details(("event", EventB.ToString("N")), ("kind", "Cleared"))),
            new(AuditKind.DecisionRecorded, "reviewer-2", "decision", "d3", Details(("event", EventA.ToString("N")), ("kind", "Cleared"))),
            new(AuditKind.ListChanged, AuditDraft.SystemActor, "watchlist", "curated", Details(("outcome", "Confirmed-by-upload"))),
            new(AuditKind.SettingChanged, "admin-1", "user", "reviewer-2", Details(("change", "created"))),
        ];
        foreach (var draft in drafts)
        {
            await log.AppendAsync(draft, Token);
        }

        return scratch;
    }

    private static Dictionary<string, string> Details(params (string Key, string Value)[] pairs) =>
        pairs.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
}
