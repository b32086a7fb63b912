using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vetting.Core.Vetting;
using Vetting.Data.Tests.Support;
using Vetting.Matching;

namespace Vetting.Data.Tests.Screenings;

public abstract class ScreeningTests<TDatabase>(TDatabase database) : IClassFixture<TDatabase>
    where TDatabase : TestDatabase
{
    private readonly Scenario _scenario = new(database);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SaveScreening_SameRegistrantListsAndPolicyTwice_ReturnsTheFirstRecord()
    {
        var registrant = await _scenario.RegistrantAsync((await _scenario.EventAsync()).Id);
        var screening = Scenario.Screening(registrant, null, Scenario.Match());
        var store = database.Get<IScreeningStore>();

        var first = await store.SaveScreeningAsync(screening, Token);
        var second = await store.SaveScreeningAsync(screening, Token);

        Assert.True(first.Created);
        Assert.False(second.Created);
        Assert.Equal(first.Value.Id, second.Value.Id);
    }

    [Fact]
    public async Task SaveScreening_FromTwoHostsAtOnce_StoresOne()
    {
        var registrant = await _scenario.RegistrantAsync((await _scenario.EventAsync()).Id);
        var screening = Scenario.Screening(registrant, null, Scenario.Match());
        var stores = new[] { database.Get<IScreeningStore>(), database.NewHost().GetRequiredService<IScreeningStore>() };

        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => Task.Run(() => stores[i % 2].SaveScreeningAsync(screening, Token), Token)));

        Assert.Single(results, r => r.Created);
        Assert.Single(results.Select(r => r.Value.Id).Distinct());
        await using var context = database.Contexts.Create();
        Assert.Equal(1, await context.Screenings.CountAsync(s => s.RegistrantId == registrant.Id, Token));
    }

    [Fact]
    public async Task SaveScreening_NewListVersion_AddsARecordThatIsTheLatest()
    {
        var registrant = await _scenario.RegistrantAsync((await _scenario.EventAsync()).Id);
        var store = database.Get<IScreeningStore>();
        var before = await store.SaveScreeningAsync(Scenario.Screening(registrant), Token);
        var newer = new ListVersionSet([KeyValuePair.Create("ofac-sdn", "0002-20260305T000000Z"), KeyValuePair.Create("un-sc", "0001-20260301T000000Z")]);

        var after = await store.SaveScreeningAsync(Scenario.Screening(registrant, newer, Scenario.Match()), Token);
        var latest = await store.GetLatestScreeningAsync(registrant.Id, Token);

        Assert.True(after.Created);
        Assert.NotEqual(before.Value.Id, after.Value.Id);
        Assert.Equal(after.Value.Id, latest!.Id); // not null: stored
        Assert.Equal(newer, latest.Lists);
    }

    [Fact]
    public async Task GetScreening_StoredScreening_KeepsMatchesListsAndPolicy()
    {
        var registrant = await _scenario.RegistrantAsync((await _scenario.EventAsync()).Id);
        var clearance = Guid.NewGuid();
        var saved = await database.Get<IScreeningStore>().SaveScreeningAsync(
            Scenario.Screening(registrant, null, Scenario.Match("un-sc:QDi.101", "ab", Decision.Block), Scenario.Match(clearance: clearance)), Token);

        var read = await database.Get<IScreeningStore>().GetScreeningAsync(saved.Value.Id, Token);

        Assert.NotNull(read);
        Assert.Equal(Scenario.Lists, read.Lists);
        Assert.Equal(EventPolicy.NewEventDefault.Fingerprint, read.PolicyFingerprint);
        Assert.Equal(Decision.Block, read.Decision);
        Assert.Equal(["un-sc:QDi.101", "ofac-sdn:16642"], read.Matches.Select(m => m.EntityId));
        Assert.Equal(saved.Value.Matches, read.Matches);
        Assert.Equal(clearance, read.Matches[1].ClearanceId);
        Assert.Equal(registrant.EventId, read.EventId);
    }

    [Fact]
    public async Task SaveScreening_UnknownRegistrant_IsRefused()
    {
        var registrant = await _scenario.RegistrantAsync((await _scenario.EventAsync()).Id);

        await Assert.ThrowsAsync<VettingRuleException>(() => database.Get<IScreeningStore>().SaveScreeningAsync(
            Scenario.Screening(registrant with { Id = Guid.NewGuid() }), Token));
    }
}
