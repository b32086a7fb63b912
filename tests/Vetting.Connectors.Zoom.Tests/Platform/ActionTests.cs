using Vetting.Connectors.Zoom.Tests.Support;
using Vetting.Core.Platforms;
using Vetting.Testing.FakeZoom;

namespace Vetting.Connectors.Zoom.Tests.Platform;

public sealed class ActionTests
{
    private const long Briefing = 85746065123;
    private static readonly PlatformEventRef BriefingRef = ZoomHarness.Meeting(Briefing);

    private static PlatformAction Act(PlatformActionKind kind, string id) => new(kind, id, $"{kind}:{id}:v1");

    private static Task<IReadOnlyList<PlatformActionOutcome>> ApplyAsync(ZoomHarness harness, PlatformEventRef eventRef, params PlatformAction[] actions) =>
        harness.Platform.ApplyAsync(eventRef, actions, TestContext.Current.CancellationToken);

    private static List<FakeZoomRequest> Puts(ZoomHarness harness) => [.. harness.Zoom.Requests.Where(r => r.Method == "PUT")];

    [Fact]
    public async Task Apply_ApproveDenyCancel_ChangesZoomAndReportsApplied()
    {
        await using var harness = await ZoomHarness.StartAsync("basic");

        var outcomes = await ApplyAsync(harness, BriefingRef,
            Act(PlatformActionKind.Approve, "Pend2xQ"), Act(PlatformActionKind.Deny, "Pend3xQ"), Act(PlatformActionKind.Cancel, "Appr1xQ"));

        Assert.All(outcomes, o => Assert.Equal(PlatformActionResult.Applied, o.Result));
        Assert.Equal("approved", harness.Zoom.StatusOf(Briefing, "Pend2xQ"));
        Assert.Equal("denied", harness.Zoom.StatusOf(Briefing, "Pend3xQ"));
        Assert.Equal("denied", harness.Zoom.StatusOf(Briefing, "Appr1xQ"));
        Assert.Equal(3, Puts(harness).Count);
        Assert.Equal(["approve", "cancel", "deny"], harness.Zoom.StatusChanges.Select(c => c.Action).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Apply_ActionsAlreadyInEffect_SendsNothing()
    {
        await using var harness = await ZoomHarness.StartAsync("basic");

        var outcomes = await ApplyAsync(harness, BriefingRef, Act(PlatformActionKind.Approve, "Appr1xQ"), Act(PlatformActionKind.Deny, "Deny1xQ"));
        outcomes = [.. outcomes, .. await ApplyAsync(harness, BriefingRef, Act(PlatformActionKind.Cancel, "Deny1xQ"))];

        Assert.Equal(3, outcomes.Count);
        Assert.All(outcomes, o => Assert.Equal(PlatformActionResult.AlreadyApplied, o.Result));
        Assert.Empty(Puts(harness));
    }

    [Fact]
    public async Task Apply_SameActionsTwice_AppliesOnceOnly()
    {
        await using var harness = await ZoomHarness.StartAsync("basic");
        PlatformAction[] actions = [Act(PlatformActionKind.Approve, "9tboDiHUQAeOnbmudzWa5g"), Act(PlatformActionKind.Deny, "Pend2xQ")];

        var first = await ApplyAsync(harness, BriefingRef, actions);
        var second = await ApplyAsync(harness, BriefingRef, actions);

        Assert.All(first, o => Assert.Equal(PlatformActionResult.Applied, o.Result));
        Assert.All(second, o => Assert.Equal(PlatformActionResult.AlreadyApplied, o.Result));
        Assert.Equal(2, harness.Zoom.StatusChanges.Count);
        Assert.Equal(actions, second.Select(o => o.Action));
    }

    [Fact]
    public async Task Apply_UnknownRegistrantInBatch_IsNotEnforceableAndTheOthersApply()
    {
        await using var harness = await ZoomHarness.StartAsync("basic");

        var outcomes = await ApplyAsync(harness, BriefingRef, Act(PlatformActionKind.Approve, "Pend2xQ"), Act(PlatformActionKind.Approve, "NoSuchId"));

        Assert.Equal(PlatformActionResult.Applied, outcomes[0].Result);
        Assert.Equal(PlatformActionResult.NotEnforceable, outcomes[1].Result);
        Assert.Contains("NoSuchId is not registered", outcomes[1].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Apply_BatchRefusedWith404_IsResentOneByOne()
    {
        await using var harness = await ZoomHarness.StartAsync("basic");
        harness.Zoom.AddFault(new FakeZoomFault { Route = "PUT /v2/meetings/*/registrants/status", Kind = FakeZoomFaultKind.ServerError, Status = 404, Count = 1 });

        var outcomes = await ApplyAsync(harness, BriefingRef, Act(PlatformActionKind.Approve, "Pend2xQ"), Act(PlatformActionKind.Approve, "Pend3xQ"));

        Assert.All(outcomes, o => Assert.Equal(PlatformActionResult.Applied, o.Result));
        Assert.Equal(3, Puts(harness).Count); // the refused pair, then one by one
    }

    [Fact]
    public async Task Apply_ZoomAnswers204ButChangesNothing_ResendsOnceThenReportsNotEnforceable()
    {
        await using var harness = await ZoomHarness.StartAsync("basic");
        harness.Zoom.AddFault(new FakeZoomFault { Route = "PUT /v2/meetings/*/registrants/status", Kind = FakeZoomFaultKind.NoOpStatus, Count = 2 });

        var outcome = Assert.Single(await ApplyAsync(harness, BriefingRef, Act(PlatformActionKind.Deny, "Pend2xQ")));

        Assert.Equal(PlatformActionResult.NotEnforceable, outcome.Result);
        Assert.Contains("accepted the deny of registrant Pend2xQ twice", outcome.Reason, StringComparison.Ordinal);
        Assert.Equal("pending", harness.Zoom.StatusOf(Briefing, "Pend2xQ"));
        Assert.Equal(2, Puts(harness).Count);
        Assert.Contains(harness.Logs.GetSnapshot(), l => l.Id.Id == 2009);
    }

    [Fact]
    public async Task Apply_ZoomIgnoresTheFirstUpdate_ResendIsVerifiedAsApplied()
    {
        await using var harness = await ZoomHarness.StartAsync("basic");
        harness.Zoom.AddFault(new FakeZoomFault { Route = "PUT /v2/meetings/*/registrants/status", Kind = FakeZoomFaultKind.NoOpStatus });

        var outcome = Assert.Single(await ApplyAsync(harness, BriefingRef, Act(PlatformActionKind.Approve, "Pend2xQ")));

        Assert.Equal(PlatformActionResult.Applied, outcome.Result);
        Assert.Single(harness.Zoom.StatusChanges);
    }

    [Fact]
    public async Task Apply_SixtyFivePending_SendsBatchesOfThirty()
    {
        var basic = FakeZoomScenario.LoadNamed("basic");
        var meeting = basic.Accounts[0].Meetings[0] with { Registrants = [], Generate = new FakeZoomRegistrantGenerator(65, Seed: 5) };
        await using var harness = await ZoomHarness.StartAsync(basic with { Accounts = [basic.Accounts[0] with { Meetings = [meeting] }] });
        var ids = (await harness.ListAsync(BriefingRef)).Select(r => r.ExternalId).ToList();

        var outcomes = await harness.Platform.ApplyAsync(
            BriefingRef, [.. ids.Select(id => Act(PlatformActionKind.Approve, id))], TestContext.Current.CancellationToken);

        Assert.All(outcomes, o => Assert.Equal(PlatformActionResult.Applied, o.Result));
        Assert.Equal(3, Puts(harness).Count);
        Assert.Equal(65, harness.Zoom.StatusChanges.Select(c => c.RegistrantId).Distinct().Count());
        Assert.Equal(65, harness.Zoom.CountByStatus(Briefing)["approved"]);
    }

    [Fact]
    public async Task Apply_PerOccurrence_SendsTheOccurrenceId()
    {
        await using var harness = await ZoomHarness.StartAsync("basic");

        var outcome = Assert.Single(await ApplyAsync(harness, ZoomHarness.Meeting(86000000001, "1899298800000"), Act(PlatformActionKind.Deny, "Occ2a")));

        Assert.Equal(PlatformActionResult.Applied, outcome.Result);
        Assert.Equal("?occurrence_id=1899298800000", Assert.Single(Puts(harness)).Query);
    }

    [Fact]
    public async Task Apply_ConflictingActionsForOneRegistrant_IsRefusedBeforeAnyRequest()
    {
        await using var harness = await ZoomHarness.StartAsync("basic");

        var error = await Assert.ThrowsAsync<ArgumentException>(() => ApplyAsync(harness, BriefingRef,
            Act(PlatformActionKind.Approve, "Pend2xQ"), Act(PlatformActionKind.Deny, "Pend2xQ")));

        Assert.Contains("both Approve and Deny", error.Message, StringComparison.Ordinal);
        Assert.Empty(harness.Zoom.Requests);
    }
}
