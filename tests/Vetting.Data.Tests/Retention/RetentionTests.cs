using Microsoft.EntityFrameworkCore;
using Vetting.Core.Platforms;
using Vetting.Core.Vetting;
using Vetting.Data.Tests.Support;

namespace Vetting.Data.Tests.Retention;

public abstract class RetentionTests<TDatabase>(TDatabase database) : IClassFixture<TDatabase>
    where TDatabase : TestDatabase
{
    private readonly Scenario _scenario = new(database);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Purge_EventPastRetention_RemovesPersonalDataKeepsDecisionsAndAudit()
    {
        var now = database.Time.GetUtcNow();
        var past = await _scenario.EventAsync(now.AddDays(-40));
        var upcoming = await _scenario.EventAsync(now.AddDays(3));
        var person = Scenario.Person("Oleksandr", "Vasylenko", "o.vasylenko@example.org");
        var registrant = await _scenario.RegistrantAsync(past.Id, person);
        var kept = await _scenario.RegistrantAsync(upcoming.Id, person with { ExternalId = "reg-kept-" + Guid.NewGuid().ToString("N")[..6] });
        var screening = await _scenario.ScreenAsync(registrant, Scenario.Match());
        var flag = await database.Get<IDecisionStore>().RecordDecisionAsync(NewDecision.Automatic(screening, DecisionKind.Review, "review"), null, Token);
        var confirmed = await database.Get<IDecisionStore>().RecordDecisionAsync(
            NewDecision.ByReviewer(registrant.Id, DecisionKind.Confirmed, "rev-1", "same passport number", "req-" + registrant.Id, "ofac-sdn:16642"),
            PlatformActionKind.Cancel, Token);

        var result = await database.Get<IRegistrantStore>().PurgePersonalDataAsync(now.AddDays(-30), Token);

        Assert.True(result.Events >= 1);
        var purged = await database.Get<IRegistrantStore>().GetRegistrantAsync(registrant.Id, Token);
        Assert.NotNull(purged);
        Assert.NotNull(purged.PurgedAt);
        Assert.All(new[] { purged.FirstName, purged.LastName, purged.Email, purged.Organisation, purged.JobTitle, purged.Country,
            purged.ContentFingerprint, purged.IdentityFingerprint }, Assert.Null);
        Assert.Equal(registrant.ExternalId, purged.ExternalId);
        Assert.Null((await database.Get<IScreeningStore>().GetScreeningAsync(screening.Id, Token))!.Matches[0].Explanation); // not null: stored
        Assert.Equal([flag.Decision.Id, confirmed.Decision.Id], (await database.Get<IDecisionStore>().ListDecisionsAsync(registrant.Id, Token)).Select(d => d.Id));
        Assert.NotNull((await database.Get<IEventStore>().GetEventAsync(past.Id, Token))!.PersonalDataPurgedAt); // not null: stored
        Assert.Equal("Oleksandr", (await database.Get<IRegistrantStore>().GetRegistrantAsync(kept.Id, Token))!.FirstName); // not null: stored

        var audit = database.Get<IAuditLog>();
        Assert.True((await audit.VerifyChainAsync(Token)).IsIntact);
        Assert.Contains(await audit.ListForSubjectAsync("decision", confirmed.Decision.Id.ToString("N"), Token), a => a.Kind == AuditKind.DecisionRecorded);
        Assert.Contains(await audit.ListForSubjectAsync("event", past.Id.ToString("N"), Token), a => a.Kind == AuditKind.PersonalDataPurged);
        var text = string.Join("\n", (await audit.ReadAsync(0, 100_000, Token)).Select(a => a.Actor + a.SubjectId + a.Details));
        Assert.DoesNotContain("Oleksandr", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Vasylenko", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Purge_Twice_SecondRunFindsNothingOfTheSameEvent()
    {
        var now = database.Time.GetUtcNow();
        var past = await _scenario.EventAsync(now.AddDays(-60));
        await _scenario.RegistrantAsync(past.Id);
        var store = database.Get<IRegistrantStore>();

        await store.PurgePersonalDataAsync(now.AddDays(-30), Token);
        var second = await store.PurgePersonalDataAsync(now.AddDays(-30), Token);

        Assert.Equal(new PurgeResult(0, 0, 0), second);
        await using var context = database.Contexts.Create();
        Assert.Equal(1, await context.AuditLog.CountAsync(a => a.Kind == AuditKind.PersonalDataPurged && a.SubjectId == past.Id.ToString("N"), Token));
    }

    [Fact]
    public async Task UpsertRegistrant_EventAlreadyPurged_IsRefused()
    {
        var now = database.Time.GetUtcNow();
        var past = await _scenario.EventAsync(now.AddDays(-45));
        await database.Get<IRegistrantStore>().PurgePersonalDataAsync(now.AddDays(-30), Token);

        var refused = await Assert.ThrowsAsync<VettingRuleException>(() => _scenario.RegistrantAsync(past.Id));

        Assert.Contains("retention", refused.Message, StringComparison.Ordinal);
    }
}
