using Vetting.Core.Vetting;
using Vetting.Core.Workflow;
using Vetting.Service.Jobs;
using Vetting.Testing;
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
    private readonly TempDirectory _data = new();
    private FakeGraphServer _graph = null!; // set in InitializeAsync
    private ServiceHarness _host = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _graph = await FakeGraphServer.StartAsync(TeamsScenarios.Briefing(), cancellationToken: Ct);
        _host = await ServiceHarness.StartAsync(
            null, _data.Path, configure: TeamsScenarios.TrustFakeTokenEndpoint(_graph), extraSettings: TeamsScenarios.Settings(_graph));
    }

    public async ValueTask DisposeAsync()
    {
        await _host.DisposeAsync();
        await _graph.DisposeAsync();
        _data.Dispose();
    }

    [Fact]
    public async Task Jobs_PollScreenConfirmFinalCheck_CancelledOnTeamsAndManualActionsRecorded()
    {
        await _host.Get<DiscoveryJob>().RunAsync(Platform, TeamsScenarios.Tenant, Ct);
        await _host.Get<PullJob>().RunAccountAsync(Platform, TeamsScenarios.Tenant, Ct);

        Assert.Equal(DecisionKind.Clear, (await DecisionAsync(TeamsScenarios.Clean)).Kind);
        Assert.Equal(DecisionKind.BlockProposed, (await DecisionAsync(TeamsScenarios.Listed)).Kind);
        Assert.Equal(DecisionKind.BlockProposed, (await DecisionAsync(TeamsScenarios.ListedSignedIn)).Kind);
        var approve = await ActionAsync(TeamsScenarios.Clean);
        Assert.Equal(ActionState.CouldNotEnforce, approve.State);
        Assert.Contains("approve manually", approve.Reason, StringComparison.Ordinal);
        var alreadyIn = await DecisionAsync(TeamsScenarios.CleanRegistered);
        Assert.Equal(DecisionKind.Clear, alreadyIn.Kind);
        Assert.Empty(await _host.Get<IVettingQueries>().ListActionsForDecisionAsync(alreadyIn.Id, Ct)); // registered already: nothing to do
        Assert.Equal("registered", _graph.StatusOf(TeamsScenarios.Webinar, TeamsScenarios.Listed));

        var reviews = _host.Get<ReviewService>();
        await reviews.ConfirmAsync((await RegistrantAsync(TeamsScenarios.Listed)).Id, "ofac-sdn:16642", "reviewer-1", "ID checked", "t-1", Ct);
        await reviews.ConfirmAsync((await RegistrantAsync(TeamsScenarios.ListedSignedIn)).Id, "ofac-sdn:16648", "reviewer-1", "ID checked", "t-2", Ct);
        await _host.Get<EnforcementJob>().RunAsync(Platform, TeamsScenarios.Tenant, Ct);

        Assert.Equal("canceled", _graph.StatusOf(TeamsScenarios.Webinar, TeamsScenarios.Listed));
        Assert.Equal(ActionState.Applied, (await ActionAsync(TeamsScenarios.Listed)).State);
        Assert.Equal("registered", _graph.StatusOf(TeamsScenarios.Webinar, TeamsScenarios.ListedSignedIn));
        var refused = await ActionAsync(TeamsScenarios.ListedSignedIn);
        Assert.Equal(ActionState.CouldNotEnforce, refused.State);
        Assert.Contains("cancel manually", refused.Reason, StringComparison.Ordinal);
        Assert.Empty(await _host.Get<IPlatformActionStore>().ListOpenActionsAsync(null, 10, Ct));

        _graph.AddRegistration(TeamsScenarios.Webinar, Registration(TeamsScenarios.LateListed, "Natalia Vladimirovna", "Poklonskaya", "n.p@example.net"));
        var check = await _host.Get<FinalCheckService>().RunAsync((await EventAsync()).Id, Ct);

        Assert.Equal(DecisionKind.BlockProposed, (await DecisionAsync(TeamsScenarios.LateListed)).Kind);
        Assert.Equal("registered", _graph.StatusOf(TeamsScenarios.Webinar, TeamsScenarios.LateListed));
        Assert.NotNull(check);
        Assert.Equal((5, 1, 0), (check.RegistrantCount, check.UnresolvedFlags, check.PendingActions));
        Assert.Single(_graph.Requests, r => r.Method == "POST" && r.Path.EndsWith($"/{TeamsScenarios.Listed}/cancel", StringComparison.Ordinal));
    }

    private Task<VettedEvent> EventAsync() => _host.EventAsync(TeamsScenarios.WebinarRef);

    private Task<VettedRegistrant> RegistrantAsync(string registrationId) => _host.RegistrantAsync(registrationId, TeamsScenarios.WebinarRef);

    private async Task<VettingDecision> DecisionAsync(string registrationId) =>
        await _host.DecisionAsync(registrationId, TeamsScenarios.WebinarRef) ?? throw new InvalidOperationException($"registration {registrationId} has no decision");

    private async Task<PlatformActionRecord> ActionAsync(string registrationId) =>
        Assert.Single(await _host.Get<IVettingQueries>().ListActionsForDecisionAsync((await DecisionAsync(registrationId)).Id, Ct));
}
