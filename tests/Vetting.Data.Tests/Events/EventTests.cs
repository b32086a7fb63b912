using Vetting.Core.Platforms;
using Vetting.Core.Vetting;
using Vetting.Data.Tests.Support;

namespace Vetting.Data.Tests.Events;

public abstract class EventTests<TDatabase>(TDatabase database) : IClassFixture<TDatabase>
    where TDatabase : TestDatabase
{
    private readonly Scenario _scenario = new(database);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task UpsertDiscoveredEvent_NewEvent_GetsScreeningOnAutoApproveOnBlockingOff()
    {
        var created = await _scenario.EventAsync();

        Assert.True(created.Policy.ScreeningEnabled);
        Assert.True(created.Policy.AutoApproveClean);
        Assert.False(created.Policy.AutomaticBlockingAllowed);
        Assert.Equal(1, created.PolicyRevision);
        Assert.Contains(await database.Get<IAuditLog>().ListForSubjectAsync("event", created.Id.ToString("N"), Token),
            a => a.Kind == AuditKind.EventPolicyChanged);
    }

    [Fact]
    public async Task UpsertDiscoveredEvent_KnownEvent_TakesNewTopicAndKeepsItsPolicy()
    {
        var created = await _scenario.EventAsync();
        var events = database.Get<IEventStore>();
        var strict = created.Policy with { AutomaticBlockingAllowed = true, ReviewThreshold = 0.85 };
        await events.SetEventPolicyAsync(created.Id, strict, created.Revision, "admin-1", Token);
        var rediscovered = new PlatformEvent(created.Ref, "Renamed dialogue", created.StartUtc!.Value.AddHours(1), null, created.Duration, created.Approval);

        var again = await events.UpsertDiscoveredEventAsync(created.AccountId, rediscovered, Token);

        Assert.False(again.Created);
        Assert.Equal(created.Id, again.Value.Id);
        Assert.Equal("Renamed dialogue", again.Value.Topic);
        Assert.Equal(strict, again.Value.Policy);
        Assert.Equal(2, again.Value.PolicyRevision);
        Assert.Equal(created.Id, (await events.FindEventAsync(created.Ref, Token))!.Id); // not null: stored
    }

    [Fact]
    public async Task SetEventPolicy_StaleRevision_IsRefused()
    {
        var created = await _scenario.EventAsync();
        var events = database.Get<IEventStore>();
        await events.SetEventPolicyAsync(created.Id, created.Policy with { AutoApproveClean = false }, created.Revision, "admin-1", Token);

        await Assert.ThrowsAsync<VettingConcurrencyException>(
            () => events.SetEventPolicyAsync(created.Id, created.Policy with { ScreeningEnabled = false }, created.Revision, "admin-2", Token));
        Assert.True((await events.GetEventAsync(created.Id, Token))!.Policy.ScreeningEnabled); // not null: stored
    }

    [Fact]
    public async Task UpsertRegistrant_ReadAgain_ClassifiesWhatChanged()
    {
        var created = await _scenario.EventAsync();
        var store = database.Get<IRegistrantStore>();
        var person = Scenario.Person();

        var added = await store.UpsertRegistrantAsync(created.Id, person, Token);
        var same = await store.UpsertRegistrantAsync(created.Id, person with { FirstName = " ivan " }, Token);
        var approved = await store.UpsertRegistrantAsync(created.Id, person with { Status = RegistrantStatus.Approved }, Token);
        var renamed = await store.UpsertRegistrantAsync(created.Id, person with { Status = RegistrantStatus.Approved, Organisation = "Other Org" }, Token);

        Assert.Equal(
            [RegistrantChangeKind.Added, RegistrantChangeKind.Unchanged, RegistrantChangeKind.StatusChanged, RegistrantChangeKind.ContentChanged],
            new[] { added, same, approved, renamed }.Select(u => u.Change));
        Assert.Equal([true, false, false, true], new[] { added, same, approved, renamed }.Select(u => u.NeedsScreening));
        Assert.Single(await store.ListRegistrantsAsync(created.Id, Token));
        Assert.Equal("Other Org", renamed.Registrant.Organisation);
    }

    [Fact]
    public async Task UpsertRegistrant_OverlongName_IsRefusedNamingTheField()
    {
        var created = await _scenario.EventAsync();

        var refused = await Assert.ThrowsAsync<ArgumentException>(() => database.Get<IRegistrantStore>().UpsertRegistrantAsync(
            created.Id, Scenario.Person(first: new string('x', 5000), externalId: "reg-long"), Token));

        Assert.Contains("first name (registrant reg-long)", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RecordFinalCheck_Twice_OneRecordThatNamesTheAuditHead()
    {
        var created = await _scenario.EventAsync();
        var (_, _, flag) = await _scenario.FlaggedAsync(created.Id);
        var flags = await database.Get<IDecisionStore>().ListOpenFlagsAsync(created.Id, Token);
        var check = new NewFinalCheck(created.Id, "final:" + created.Id.ToString("N"), 1, flags.Count, 0, Scenario.Lists,
            database.Time.GetUtcNow().AddDays(-1));
        var store = database.Get<IFinalCheckStore>();
        var head = await database.Get<IAuditLog>().VerifyChainAsync(Token);

        var first = await store.RecordFinalCheckAsync(check, Token);
        var second = await store.RecordFinalCheckAsync(check, Token);

        Assert.Equal(flag.Decision.Id, Assert.Single(flags).Id);
        Assert.True(first.Created);
        Assert.False(second.Created);
        Assert.Equal(first.Value.Id, second.Value.Id);
        Assert.Equal(1, first.Value.UnresolvedFlags);
        Assert.Equal(head.HeadSequence, first.Value.AuditSequence);
        Assert.Equal(head.HeadHash, first.Value.AuditHash);
        Assert.Single(await store.ListFinalChecksAsync(created.Id, Token));
    }

    [Fact]
    public async Task ListEventsStarting_Window_ReturnsOnlyEventsStartingInside()
    {
        var account = await _scenario.AccountAsync();
        var baseTime = database.Time.GetUtcNow().AddYears(1);
        var inside = await _scenario.EventAsync(baseTime.AddHours(1), account);
        await _scenario.EventAsync(baseTime.AddDays(3), account);

        var found = await database.Get<IEventStore>().ListEventsStartingAsync(baseTime, baseTime.AddDays(1), Token);

        Assert.Equal([inside.Id], found.Select(e => e.Id));
    }
}
