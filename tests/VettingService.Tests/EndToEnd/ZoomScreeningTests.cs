using Vetting.Core.Vetting;
using Vetting.Core.Workflow;
using Vetting.Service.Jobs;
using VettingService.Tests.EndToEnd.Support;

namespace VettingService.Tests.EndToEnd;

/// <summary>
/// The service against the fake Zoom over real sockets, on the bundled lists with the real matching engine: registrants
/// arrive by polling, are screened, clean ones approved and matches held; a reviewer's confirmation denies on Zoom; the
/// final check records the state.
/// </summary>
public sealed class ZoomScreeningTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Jobs_PollScreenReviewFinalCheck_CleanApprovedMatchesHeldConfirmationDeniedStateRecorded()
    {
        await using var bed = await ZoomTestBed.StartAsync();
        var zoom = bed.Zoom;
        var host = await bed.StartHostAsync();

        await host.Get<DiscoveryJob>().RunAsync("Zoom", ServiceHarness.Account, Ct);
        await host.Get<PullJob>().RunAccountAsync("Zoom", ServiceHarness.Account, Ct);

        Assert.Equal("approved", zoom.StatusOf(ZoomScenarios.MeetingId, ZoomScenarios.Clean));
        Assert.Equal("approved", zoom.StatusOf(ZoomScenarios.MeetingId, ZoomScenarios.CleanToo));
        Assert.Equal("pending", zoom.StatusOf(ZoomScenarios.MeetingId, ZoomScenarios.Listed));
        Assert.Equal("pending", zoom.StatusOf(ZoomScenarios.MeetingId, ZoomScenarios.Curated));
        Assert.Equal(DecisionKind.BlockProposed, (await host.DecisionAsync(ZoomScenarios.Listed))?.Kind);
        Assert.Equal(DecisionKind.Review, (await host.DecisionAsync(ZoomScenarios.Curated))?.Kind);

        var reviews = host.Get<ReviewService>();
        await reviews.ConfirmAsync((await host.RegistrantAsync(ZoomScenarios.Listed)).Id, "ofac-sdn:16642", "reviewer-1", "ID checked", "r-1", Ct);
        await reviews.ClearAsync((await host.RegistrantAsync(ZoomScenarios.Curated)).Id, "reviewer-1", "works for the city, not the body", "r-2", Ct);
        await host.Get<EnforcementJob>().RunAsync("Zoom", ServiceHarness.Account, Ct);
        await host.Get<EnforcementJob>().RunAsync("Zoom", ServiceHarness.Account, Ct);

        Assert.Equal("denied", zoom.StatusOf(ZoomScenarios.MeetingId, ZoomScenarios.Listed));
        Assert.Equal("approved", zoom.StatusOf(ZoomScenarios.MeetingId, ZoomScenarios.Curated));
        Assert.Equal(4, zoom.StatusChanges.Count(c => c.Changed));

        var check = await host.Get<FinalCheckService>().RunAsync((await host.EventAsync()).Id, Ct);

        Assert.NotNull(check);
        Assert.Equal((4, 0, 0), (check.RegistrantCount, check.UnresolvedFlags, check.PendingActions));
        Assert.Equal(new DateTimeOffset(2021, 7, 1, 0, 0, 0, TimeSpan.Zero), check.ListsAsOf);
        Assert.Contains("ofac-sdn", check.Lists.Versions.Keys);
        Assert.Equal(4, zoom.StatusChanges.Count(c => c.Changed));
    }

    [Fact]
    public async Task Rescreen_ListUpdateNamesACleanRegistrant_ReFlaggedWithoutTouchingOthers()
    {
        await using var bed = await ZoomTestBed.StartAsync();
        var host = await bed.StartHostAsync();

        await host.Get<DiscoveryJob>().RunAsync("Zoom", ServiceHarness.Account, Ct);
        await host.Get<PullJob>().RunAccountAsync("Zoom", ServiceHarness.Account, Ct);
        await host.Get<RescreenJob>().RunAsync(Ct);
        Assert.Equal(DecisionKind.Clear, (await host.DecisionAsync(ZoomScenarios.CleanToo))?.Kind);

        ListFiles.ImportOfacWithExtraEntry(host, bed.DataPath, "99001,\"BECKER, Anna\",\"individual\",\"UKRAINE-EO13660\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ");
        await host.Get<RescreenJob>().RunAsync(Ct);

        var flag = await host.DecisionAsync(ZoomScenarios.CleanToo);
        Assert.Equal(DecisionKind.Review, flag?.Kind);
        Assert.Equal(DecisionKind.Clear, (await host.DecisionAsync(ZoomScenarios.Clean))?.Kind);
        Assert.Contains(flag!, await host.Get<IDecisionStore>().ListOpenFlagsAsync((await host.EventAsync()).Id, Ct));
    }
}
