using Vetting.Core.Vetting;
using Vetting.Core.Workflow;
using Vetting.Service.Jobs;
using Vetting.Testing.FakeGraph;
using VettingService.Tests.EndToEnd.Support;
using static Vetting.Testing.FakeGraph.FakeGraphRegistrations;

namespace VettingService.Tests.EndToEnd;

/// <summary>
/// The service against the fake Microsoft Graph (Teams webinars) over real sockets and TLS token requests, on the bundled
/// lists: registrations are polled and screened, matches held for a reviewer, a confirmation cancels the registration on
/// Teams, what Graph cannot do (approve; cancel a signed-in user's registration) is recorded as a manual action with the
/// reason, a late registration is flagged, and the final check records the state.
/// </summary>
public sealed class TeamsScreeningTests : IAsyncLifetime
{
    private const string Platform = "MicrosoftGraph";
    private TeamsTestBed _bed = null!; // set in InitializeAsync

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private FakeGraphServer Graph => _bed.Graph;

    private ServiceHarness Host => _bed.Host;

    public async ValueTask InitializeAsync() => _bed = await TeamsTestBed.StartAsync();

    public ValueTask DisposeAsync() => _bed.DisposeAsync();

    [Fact]
    public async Task Jobs_PollScreenConfirmFinalCheck_CancelledOnTeamsAndManualActionsRecorded()
    {
        await Host.Get<DiscoveryJob>().RunAsync(Platform, TeamsScenarios.Tenant, Ct);
        await Host.Get<PullJob>().RunAccountAsync(Platform, TeamsScenarios.Tenant, Ct);

        Assert.Equal(DecisionKind.Clear, (await DecisionAsync(TeamsScenarios.Clean)).Kind);
        Assert.Equal(DecisionKind.BlockProposed, (await DecisionAsync(TeamsScenarios.Listed)).Kind);
        Assert.Equal(DecisionKind.BlockProposed, (await DecisionAsync(TeamsScenarios.ListedSignedIn)).Kind);
        var approve = await ActionAsync(TeamsScenarios.Clean);
        Assert.Equal(ActionState.CouldNotEnforce, approve.State);
        Assert.Contains("approve manually", approve.Reason, StringComparison.Ordinal);
        var alreadyIn = await DecisionAsync(TeamsScenarios.CleanRegistered);
        Assert.Equal(DecisionKind.Clear, alreadyIn.Kind);
        Assert.Empty(await Host.Get<IVettingQueries>().ListActionsForDecisionAsync(alreadyIn.Id, Ct)); // registered already: nothing to do
        Assert.Equal("registered", Graph.StatusOf(TeamsScenarios.Webinar, TeamsScenarios.Listed));

        var reviews = Host.Get<ReviewService>();
        await reviews.ConfirmAsync((await RegistrantAsync(TeamsScenarios.Listed)).Id, "ofac-sdn:16642", "reviewer-1", "ID checked", "t-1", Ct);
        await reviews.ConfirmAsync((await RegistrantAsync(TeamsScenarios.ListedSignedIn)).Id, "ofac-sdn:16648", "reviewer-1", "ID checked", "t-2", Ct);
        await Host.Get<EnforcementJob>().RunAsync(Platform, TeamsScenarios.Tenant, Ct);

        Assert.Equal("canceled", Graph.StatusOf(TeamsScenarios.Webinar, TeamsScenarios.Listed));
        Assert.Equal(ActionState.Applied, (await ActionAsync(TeamsScenarios.Listed)).State);
        Assert.Equal("registered", Graph.StatusOf(TeamsScenarios.Webinar, TeamsScenarios.ListedSignedIn));
        var refused = await ActionAsync(TeamsScenarios.ListedSignedIn);
        Assert.Equal(ActionState.CouldNotEnforce, refused.State);
        Assert.Contains("cancel manually", refused.Reason, StringComparison.Ordinal);
        Assert.Empty(await Host.Get<IPlatformActionStore>().ListOpenActionsAsync(null, 10, Ct));

        Graph.AddRegistration(TeamsScenarios.Webinar, Registration(TeamsScenarios.LateListed, "Natalia Vladimirovna", "Poklonskaya", "n.p@example.net"));
        var check = await Host.Get<FinalCheckService>().RunAsync((await EventAsync()).Id, Ct);

        Assert.Equal(DecisionKind.BlockProposed, (await DecisionAsync(TeamsScenarios.LateListed)).Kind);
        Assert.Equal("registered", Graph.StatusOf(TeamsScenarios.Webinar, TeamsScenarios.LateListed));
        Assert.NotNull(check);
        Assert.Equal((5, 1, 0), (check.RegistrantCount, check.UnresolvedFlags, check.PendingActions));
        Assert.Single(Graph.Requests, r => r.Method == "POST" && r.Path.EndsWith($"/{TeamsScenarios.Listed}/cancel", StringComparison.Ordinal));
    }

    private Task<VettedEvent> EventAsync() => Host.EventAsync(TeamsScenarios.WebinarRef);

    private Task<VettedRegistrant> RegistrantAsync(string registrationId) => Host.RegistrantAsync(registrationId, TeamsScenarios.WebinarRef);

    private async Task<VettingDecision> DecisionAsync(string registrationId) =>
        await Host.DecisionAsync(registrationId, TeamsScenarios.WebinarRef) ?? throw new InvalidOperationException($"registration {registrationId} has no decision");

    private async Task<PlatformActionRecord> ActionAsync(string registrationId) =>
        Assert.Single(await Host.Get<IVettingQueries>().ListActionsForDecisionAsync((await DecisionAsync(registrationId)).Id, Ct));
}
