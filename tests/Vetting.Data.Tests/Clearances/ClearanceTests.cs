using Vetting.Core.Vetting;
using Vetting.Data.Tests.Support;

namespace Vetting.Data.Tests.Clearances;

public abstract class ClearanceTests<TDatabase>(TDatabase database) : IClassFixture<TDatabase>
    where TDatabase : TestDatabase
{
    private readonly Scenario _scenario = new(database);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Dismiss_SamePersonAtALaterEvent_ClearanceIsReused()
    {
        var email = "k.nowak-" + Guid.NewGuid().ToString("N")[..6] + "@example.org";
        var (registrant, screening, _) = await FlaggedAsync(Scenario.Person("Katarzyna", "Nowak", email));
        var match = screening.Matches[0];
        await DismissAsync(registrant, match);

        // Later event: names typed the other way round, e-mail in capitals.
        var later = await _scenario.EventAsync(database.Time.GetUtcNow().AddDays(30));
        var again = await _scenario.RegistrantAsync(later.Id, Scenario.Person("NOWAK", "katarzyna", email.ToUpperInvariant()));
        var applicable = await database.Get<IClearanceStore>().FindApplicableAsync(
            again.IdentityFingerprint!, [new EntityRef(match.EntityId, match.EntityFingerprint)], Token); // not null: not purged

        var clearance = Assert.Single(applicable);
        Assert.Equal(match.EntityId, clearance.EntityId);
        Assert.Equal("rev-1", clearance.ClearedBy);
    }

    [Fact]
    public async Task FindApplicable_ListEntryChangedSinceClearance_ClearanceNoLongerApplies()
    {
        var (registrant, screening, _) = await FlaggedAsync(Scenario.Person(email: Unique()));
        var match = screening.Matches[0];
        await DismissAsync(registrant, match);
        var store = database.Get<IClearanceStore>();

        var unchanged = await store.FindApplicableAsync(registrant.IdentityFingerprint!, [new EntityRef(match.EntityId, match.EntityFingerprint)], Token);
        var changed = await store.FindApplicableAsync(registrant.IdentityFingerprint!, [new EntityRef(match.EntityId, new string('e', 64))], Token);
        var otherPerson = await store.FindApplicableAsync(new string('a', 64), [new EntityRef(match.EntityId, match.EntityFingerprint)], Token);

        Assert.Single(unchanged);
        Assert.Empty(changed);
        Assert.Empty(otherPerson);
        Assert.Single(await store.ListForIdentityAsync(registrant.IdentityFingerprint!, Token)); // not null: not purged
    }

    [Fact]
    public async Task Revoke_Clearance_StopsApplyingUntilDismissedAgain()
    {
        var (registrant, screening, _) = await FlaggedAsync(Scenario.Person(email: Unique()));
        var match = screening.Matches[0];
        var entity = new EntityRef(match.EntityId, match.EntityFingerprint);
        await DismissAsync(registrant, match);
        var store = database.Get<IClearanceStore>();
        var clearance = Assert.Single(await store.FindApplicableAsync(registrant.IdentityFingerprint!, [entity], Token)); // not null

        var revoked = await store.RevokeAsync(clearance.Id, "rev-2", "new information from the secretariat", Token);
        var afterRevoke = await store.FindApplicableAsync(registrant.IdentityFingerprint!, [entity], Token);
        var screenedAgain = await _scenario.ScreenAsync(registrant, Scenario.Match(fingerprint: "f1"));
        var flagAgain = await database.Get<IDecisionStore>().RecordDecisionAsync(
            NewDecision.Automatic(screenedAgain, DecisionKind.Review, "clearance revoked"), null, Token);
        await DismissAsync(registrant, match, "second look");
        var restored = await store.FindApplicableAsync(registrant.IdentityFingerprint!, [entity], Token);

        Assert.True(revoked.IsRevoked);
        Assert.Equal("new information from the secretariat", revoked.RevocationReason);
        Assert.Empty(afterRevoke);
        Assert.True(flagAgain.Created);
        Assert.Equal(clearance.Id, Assert.Single(restored).Id);
    }

    [Fact]
    public async Task RecordDecision_ClearancesOnAConfirmation_IsRefused()
    {
        var (registrant, screening, _) = await FlaggedAsync(Scenario.Person(email: Unique()));
        var match = screening.Matches[0];

        await Assert.ThrowsAsync<VettingRuleException>(() => database.Get<IDecisionStore>().RecordDecisionAsync(
            NewDecision.ByReviewer(registrant.Id, DecisionKind.Confirmed, "rev-1", "match", Unique(), match.EntityId,
                [new EntityRef(match.EntityId, match.EntityFingerprint)]),
            null,
            Token));
    }

    private static string Unique() => "p" + Guid.NewGuid().ToString("N")[..10] + "@example.org";

    private async Task<(VettedRegistrant Registrant, ScreeningRecord Screening, RecordedDecision Flag)> FlaggedAsync(Core.Platforms.PlatformRegistrant person)
    {
        var registrant = await _scenario.RegistrantAsync((await _scenario.EventAsync()).Id, person);
        var screening = await _scenario.ScreenAsync(registrant, Scenario.Match());
        var flag = await database.Get<IDecisionStore>().RecordDecisionAsync(NewDecision.Automatic(screening, DecisionKind.Review, "review"), null, Token);
        return (registrant, screening, flag);
    }

    private Task<RecordedDecision> DismissAsync(VettedRegistrant registrant, ScreeningMatch match, string reason = "different date of birth") =>
        database.Get<IDecisionStore>().RecordDecisionAsync(
            NewDecision.ByReviewer(registrant.Id, DecisionKind.Dismissed, "rev-1", reason, Guid.NewGuid().ToString("N"), match.EntityId,
                [new EntityRef(match.EntityId, match.EntityFingerprint)]),
            Core.Platforms.PlatformActionKind.Approve,
            Token);
}
