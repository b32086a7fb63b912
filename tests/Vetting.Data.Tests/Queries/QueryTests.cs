using Vetting.Core.Platforms;
using Vetting.Core.Vetting;
using Vetting.Data.Tests.Support;

namespace Vetting.Data.Tests.Queries;

public abstract class QueryTests<TDatabase>(TDatabase database) : IClassFixture<TDatabase>
    where TDatabase : TestDatabase
{
    private readonly Scenario _scenario = new(database);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TallyEvents_MixedDecisions_CountsCurrentDecisionsAndTheirActions()
    {
        var created = await _scenario.EventAsync();
        var decisions = database.Get<IDecisionStore>();
        await _scenario.FlaggedAsync(created.Id);
        var clean = await _scenario.RegistrantAsync(created.Id);
        await decisions.RecordDecisionAsync(
            NewDecision.Automatic(await _scenario.ScreenAsync(clean), DecisionKind.Clear, "no match"), PlatformActionKind.Approve, Token);
        await _scenario.RegistrantAsync(created.Id);

        var tally = Assert.Single(await database.Get<IVettingQueries>().TallyEventsAsync([created.Id, Guid.NewGuid()], Token));

        Assert.Equal(created.Id, tally.EventId);
        Assert.Equal(3, tally.Registrants);
        Assert.Equal(1, tally.Undecided);
        Assert.Equal(1, tally.Count(DecisionKind.Review));
        Assert.Equal(1, tally.Count(DecisionKind.Clear));
        Assert.Equal(1, tally.Count(ActionState.Pending));
        Assert.Equal(1, tally.Unresolved);
        Assert.Equal(2, (await database.Get<IVettingQueries>().ListCurrentDecisionsAsync(created.Id, Token)).Count);
    }

    [Fact]
    public async Task ListClearances_RevokedOne_ShownOnlyWhenAsked()
    {
        var (registrant, screening, _) = await _scenario.FlaggedAsync();
        var match = screening.Matches[0];
        await database.Get<IDecisionStore>().RecordDecisionAsync(
            NewDecision.ByReviewer(registrant.Id, DecisionKind.Dismissed, "rev-1", "other person", Guid.NewGuid().ToString("N"), match.EntityId,
                [new EntityRef(match.EntityId, match.EntityFingerprint)]),
            null, Token);
        var queries = database.Get<IVettingQueries>();
        var granted = Assert.Single(await database.Get<IClearanceStore>().ListForIdentityAsync(registrant.IdentityFingerprint!, Token)); // not null
        await database.Get<IClearanceStore>().RevokeAsync(granted.Id, "rev-2", "wrong call", Token);

        var active = await queries.ListClearancesAsync(false, 0, 1000, Token);
        var all = await queries.ListClearancesAsync(true, 0, 1000, Token);

        Assert.DoesNotContain(active, c => c.Id == granted.Id);
        Assert.Contains(all, c => c.Id == granted.Id);
        Assert.True((await queries.GetClearanceAsync(granted.Id, Token))!.IsRevoked); // not null: stored
    }

    [Fact]
    public async Task ListDecisionsOfIdentity_SamePersonAtTwoEvents_ListsTheOtherRegistrationOnly()
    {
        var email = "olena." + Guid.NewGuid().ToString("N")[..8] + "@example.org";
        var first = await _scenario.EventAsync();
        var second = await _scenario.EventAsync();
        var atFirst = await _scenario.RegistrantAsync(first.Id, Scenario.Person("Olena", "Hrytsenko", email));
        var atSecond = await _scenario.RegistrantAsync(second.Id, Scenario.Person("Hrytsenko", "Olena", email)); // fields swapped: same person
        var namesake = await _scenario.RegistrantAsync(first.Id, Scenario.Person("Olena", "Hrytsenko", "other." + email));
        var decisions = database.Get<IDecisionStore>();
        foreach (var registrant in new[] { atFirst, atSecond, namesake })
        {
            await decisions.RecordDecisionAsync(
                NewDecision.Automatic(await _scenario.ScreenAsync(registrant, Scenario.Match()), DecisionKind.Review, "review"), null, Token);
        }

        var others = await database.Get<IVettingQueries>().ListDecisionsOfIdentityAsync(atSecond.IdentityFingerprint!, atSecond.Id, 50, Token); // not null: not purged

        var other = Assert.Single(others);
        Assert.Equal(atFirst.Id, other.Decision.RegistrantId);
        Assert.Equal(DecisionKind.Review, other.Decision.Kind);
        Assert.Equal(first.Topic, other.EventTopic);
        Assert.Equal(first.StartUtc, other.EventStartUtc);
        Assert.Empty(await database.Get<IVettingQueries>().ListDecisionsOfIdentityAsync(namesake.IdentityFingerprint!, namesake.Id, 50, Token));
    }
}
