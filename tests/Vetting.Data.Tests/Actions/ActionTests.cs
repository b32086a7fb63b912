using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vetting.Core.Platforms;
using Vetting.Core.Vetting;
using Vetting.Data.Model;
using Vetting.Data.Tests.Support;

namespace Vetting.Data.Tests.Actions;

public abstract class ActionTests<TDatabase>(TDatabase database) : IClassFixture<TDatabase>
    where TDatabase : TestDatabase
{
    private readonly Scenario _scenario = new(database);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RecordDecision_SameDecisionFromTwoHostsAtOnce_OneDecisionAndOneAction()
    {
        var registrant = await _scenario.RegistrantAsync((await _scenario.EventAsync()).Id);
        var screening = await _scenario.ScreenAsync(registrant, Scenario.Match(decision: Matching.Decision.Block));
        var decision = NewDecision.Automatic(screening, DecisionKind.Block, "block-level match; automatic blocking allowed");
        var hosts = new[] { database.Services, database.NewHost() };

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(
            () => hosts[i % 2].GetRequiredService<IDecisionStore>().RecordDecisionAsync(decision, PlatformActionKind.Deny, Token), Token)));

        Assert.Single(results, r => r.Created);
        Assert.Single(results.Select(r => r.Decision.Id).Distinct());
        Assert.Single(results.Select(r => r.Action!.IdempotencyKey).Distinct()); // not null: an action was asked for
        await using var context = database.Contexts.Create();
        Assert.Equal(1, await context.Decisions.CountAsync(d => d.RegistrantId == registrant.Id, Token));
        Assert.Equal(1, await context.Actions.CountAsync(a => a.RegistrantId == registrant.Id, Token));
    }

    [Fact]
    public async Task SaveChanges_SameActionKeyFromTwoRacingContexts_StoreRefusesTheSecond()
    {
        var (registrant, _, flag) = await _scenario.FlaggedAsync();
        var key = ActionKeys.For(flag.Decision.Id, PlatformActionKind.Deny);
        await using var first = database.Contexts.Create();
        await using var second = database.Contexts.Create();
        first.Actions.Add(Row(flag.Decision, registrant, key));
        second.Actions.Add(Row(flag.Decision, registrant, key));

        var outcomes = await Task.WhenAll(SaveAsync(first), SaveAsync(second));

        Assert.Single(outcomes, saved => saved);
        await using var check = database.Contexts.Create();
        Assert.Equal(1, await check.Actions.CountAsync(a => a.IdempotencyKey == key, Token));
    }

    [Fact]
    public async Task RecordDecision_RetriedAfterCrashBetweenDecidedAndActed_ExactlyOneActionToApply()
    {
        var registrant = await _scenario.RegistrantAsync((await _scenario.EventAsync()).Id);
        var screening = await _scenario.ScreenAsync(registrant, Scenario.Match(decision: Matching.Decision.Block));
        var decision = NewDecision.Automatic(screening, DecisionKind.Block, "block-level match");
        var before = await database.Get<IDecisionStore>().RecordDecisionAsync(decision, PlatformActionKind.Deny, Token);

        // The process dies here, before the platform call. The restarted host runs the same job again.
        var restarted = database.NewHost();
        var again = await restarted.GetRequiredService<IDecisionStore>().RecordDecisionAsync(decision, PlatformActionKind.Deny, Token);
        var actions = restarted.GetRequiredService<IPlatformActionStore>();
        var open = (await actions.ListOpenActionsAsync(registrant.EventId, 10, Token)).Where(a => a.RegistrantId == registrant.Id).ToList();

        Assert.False(again.Created);
        Assert.Equal(before.Action!.Id, again.Action!.Id); // not null: both asked for an action
        var pending = Assert.Single(open);
        Assert.Equal(ActionState.Pending, pending.State);
        Assert.Equal(ActionKeys.For(before.Decision.Id, PlatformActionKind.Deny), pending.IdempotencyKey);

        var outcome = new PlatformActionOutcome(pending.ToPlatformAction(), PlatformActionResult.AlreadyApplied);
        var done = await actions.CompleteActionAsync(pending.Id, outcome, Token);
        var repeated = await actions.CompleteActionAsync(pending.Id, outcome with { Result = PlatformActionResult.Applied }, Token);

        Assert.Equal(ActionState.AlreadyApplied, done.State);
        Assert.Equal(ActionState.AlreadyApplied, repeated.State);
        Assert.DoesNotContain(await actions.ListOpenActionsAsync(registrant.EventId, 10, Token), a => a.Id == pending.Id);
    }

    [Fact]
    public async Task RecordActionFailure_ThenCouldNotEnforce_CountsAttemptsAndAuditsEach()
    {
        var registrant = await _scenario.RegistrantAsync((await _scenario.EventAsync()).Id);
        var screening = await _scenario.ScreenAsync(registrant);
        var recorded = await database.Get<IDecisionStore>().RecordDecisionAsync(
            NewDecision.Automatic(screening, DecisionKind.Clear, "no match"), PlatformActionKind.Approve, Token);
        var actions = database.Get<IPlatformActionStore>();
        var action = recorded.Action!; // not null: an action was asked for

        var failed = await actions.RecordActionFailureAsync(action.Id, "http 503", Token);
        var stillOpen = await actions.ListOpenActionsAsync(registrant.EventId, 10, Token);
        var final = await actions.CompleteActionAsync(
            action.Id, new PlatformActionOutcome(action.ToPlatformAction(), PlatformActionResult.NotEnforceable, "registrant not found"), Token);

        Assert.Equal(ActionState.Failed, failed.State);
        Assert.Contains(stillOpen, a => a.Id == action.Id);
        Assert.Equal(ActionState.CouldNotEnforce, final.State);
        Assert.Equal("registrant not found", final.Reason);
        Assert.Equal(2, final.Attempts);
        var audit = await database.Get<IAuditLog>().ListForSubjectAsync("action", action.Id.ToString("N"), Token);
        Assert.Equal([AuditKind.ActionRequested, AuditKind.ActionFailed, AuditKind.ActionCompleted], audit.Select(a => a.Kind));
    }

    [Fact]
    public async Task CompleteAction_OutcomeForAnotherKey_IsRefused()
    {
        var (registrant, screening, _) = await _scenario.FlaggedAsync();
        var confirmed = await database.Get<IDecisionStore>().RecordDecisionAsync(
            NewDecision.ByReviewer(registrant.Id, DecisionKind.Confirmed, "rev-1", "same person, same birth date", "req-" + screening.Id),
            PlatformActionKind.Deny, Token);
        var wrong = new PlatformAction(PlatformActionKind.Deny, registrant.ExternalId, "someone-else:deny");

        await Assert.ThrowsAsync<VettingRuleException>(() => database.Get<IPlatformActionStore>().CompleteActionAsync(
            confirmed.Action!.Id, new PlatformActionOutcome(wrong, PlatformActionResult.Applied), Token)); // not null: asked for
    }

    private static ActionRow Row(VettingDecision decision, VettedRegistrant registrant, string key) => new()
    {
        Id = Guid.NewGuid(),
        DecisionId = decision.Id,
        RegistrantId = registrant.Id,
        EventId = registrant.EventId,
        Kind = PlatformActionKind.Deny,
        RegistrantExternalId = registrant.ExternalId,
        IdempotencyKey = key,
        State = ActionState.Pending,
        Revision = 1,
    };

    private static async Task<bool> SaveAsync(Context.VettingDbContext context)
    {
        try
        {
            await context.SaveChangesAsync(Token);
            return true;
        }
        catch (DbUpdateException)
        {
            return false;
        }
    }
}
