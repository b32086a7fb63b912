using Vetting.Connectors.Graph.Tests.Support;
using Vetting.Core.Platforms;

namespace Vetting.Connectors.Graph.Tests.Platform;

public sealed class CancelTests
{
    private static readonly PlatformEventRef WebinarRef = GraphHarness.Ref(GraphScenarios.Webinar);

    private static PlatformAction Act(PlatformActionKind kind, string id) => new(kind, id, $"{kind}:{id}:v1");

    private static Task<IReadOnlyList<PlatformActionOutcome>> ApplyAsync(GraphHarness harness, params PlatformAction[] actions) =>
        harness.Platform.ApplyAsync(WebinarRef, actions, TestContext.Current.CancellationToken);

    [Fact]
    public async Task Apply_CancelAnonymousAndDenyPending_CancelsOnGraphAndConfirms()
    {
        await using var harness = await GraphHarness.StartAsync(GraphScenarios.Basic());

        var outcomes = await ApplyAsync(harness, Act(PlatformActionKind.Cancel, GraphScenarios.Anonymous), Act(PlatformActionKind.Deny, GraphScenarios.Pending));

        Assert.All(outcomes, o => Assert.Equal(PlatformActionResult.Applied, o.Result));
        Assert.Equal("canceled", harness.Graph.StatusOf(GraphScenarios.Webinar, GraphScenarios.Anonymous));
        Assert.Equal("canceled", harness.Graph.StatusOf(GraphScenarios.Webinar, GraphScenarios.Pending));
        Assert.Equal(2, harness.GraphRequests("POST", "/cancel").Count);
    }

    [Fact]
    public async Task Apply_CancelEntraUserRefused_IsOutcomeToCancelManuallyWithLink()
    {
        await using var harness = await GraphHarness.StartAsync(GraphScenarios.Basic());

        var outcome = Assert.Single(await ApplyAsync(harness, Act(PlatformActionKind.Cancel, GraphScenarios.EntraUser)));

        Assert.Equal(PlatformActionResult.NotEnforceable, outcome.Result);
        Assert.StartsWith("could not enforce on the platform: cancel manually", outcome.Reason, StringComparison.Ordinal);
        Assert.Contains("HTTP 403, code Forbidden", outcome.Reason, StringComparison.Ordinal);
        Assert.Equal(new Uri(GraphScenarios.RegistrationPage), outcome.ManualActionUrl);
        Assert.Equal("registered", harness.Graph.StatusOf(GraphScenarios.Webinar, GraphScenarios.EntraUser));
        Assert.Single(harness.GraphRequests("POST", "/cancel")); // Refused once, not retried.
    }

    [Fact]
    public async Task Apply_AlreadyCancelledOrRejected_SendsNothing()
    {
        await using var harness = await GraphHarness.StartAsync(GraphScenarios.Basic());

        var outcomes = await ApplyAsync(harness, Act(PlatformActionKind.Cancel, GraphScenarios.Cancelled), Act(PlatformActionKind.Deny, GraphScenarios.Rejected));

        Assert.All(outcomes, o => Assert.Equal(PlatformActionResult.AlreadyApplied, o.Result));
        Assert.Empty(harness.GraphRequests("POST", "/cancel"));
    }

    [Fact]
    public async Task Apply_SameCancelTwice_SecondIsAlreadyApplied()
    {
        await using var harness = await GraphHarness.StartAsync(GraphScenarios.Basic());

        var first = await ApplyAsync(harness, Act(PlatformActionKind.Cancel, GraphScenarios.Anonymous));
        var second = await ApplyAsync(harness, Act(PlatformActionKind.Cancel, GraphScenarios.Anonymous));

        Assert.Equal(PlatformActionResult.Applied, Assert.Single(first).Result);
        Assert.Equal(PlatformActionResult.AlreadyApplied, Assert.Single(second).Result);
        Assert.Single(harness.GraphRequests("POST", "/cancel"));
    }

    [Fact]
    public async Task Apply_ApprovePending_NotOfferedByGraphSoReviewerApprovesInTeams()
    {
        await using var harness = await GraphHarness.StartAsync(GraphScenarios.Basic());

        var outcomes = await ApplyAsync(harness, Act(PlatformActionKind.Approve, GraphScenarios.Pending), Act(PlatformActionKind.Approve, GraphScenarios.Anonymous));

        Assert.Equal(PlatformActionResult.NotEnforceable, outcomes[0].Result);
        Assert.StartsWith("could not enforce on the platform: approve manually", outcomes[0].Reason, StringComparison.Ordinal);
        Assert.Equal(new Uri(GraphScenarios.RegistrationPage), outcomes[0].ManualActionUrl);
        Assert.Equal(PlatformActionResult.AlreadyApplied, outcomes[1].Result);
        Assert.Equal("pendingApproval", harness.Graph.StatusOf(GraphScenarios.Webinar, GraphScenarios.Pending));
    }

    [Fact]
    public async Task Apply_UnknownRegistration_NotEnforceableOthersApplied()
    {
        await using var harness = await GraphHarness.StartAsync(GraphScenarios.Basic());

        var outcomes = await ApplyAsync(harness, Act(PlatformActionKind.Cancel, "00000000-dead-4000-8000-000000000000"), Act(PlatformActionKind.Cancel, GraphScenarios.Anonymous));

        Assert.Equal(PlatformActionResult.NotEnforceable, outcomes[0].Result);
        Assert.Contains("is not registered", outcomes[0].Reason, StringComparison.Ordinal);
        Assert.Equal(PlatformActionResult.Applied, outcomes[1].Result);
    }

    [Fact]
    public async Task Apply_ConflictingKindsForOneRegistrant_IsCallerError()
    {
        await using var harness = await GraphHarness.StartAsync(GraphScenarios.Basic());

        await Assert.ThrowsAsync<ArgumentException>(() =>
            ApplyAsync(harness, Act(PlatformActionKind.Approve, GraphScenarios.Pending), Act(PlatformActionKind.Deny, GraphScenarios.Pending)));
        Assert.DoesNotContain(harness.Graph.Requests, r => r.Path.Contains("/registrations", StringComparison.Ordinal));
    }
}
