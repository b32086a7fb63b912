using Vetting.Core.Vetting;
using Vetting.Core.Workflow;
using Vetting.Service.Jobs;
using Vetting.Testing;
using Vetting.Testing.FakeZoom;
using VettingService.Tests.EndToEnd.Support;

namespace VettingService.Tests.EndToEnd;

/// <summary>
/// The service against the fake Zoom over real sockets, on the bundled lists with the real matching engine: registrants
/// arrive by polling, are screened, clean ones approved and matches held; a reviewer's confirmation denies on Zoom; the
/// final check records the state.
/// </summary>
public sealed class ZoomScreeningTests : IAsyncLifetime
{
    private readonly TempDirectory _data = new();
    private FakeZoomServer _zoom = null!; // set in InitializeAsync
    private ServiceHarness _host = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _zoom = await FakeZoomServer.StartAsync(ZoomScenarios.Briefing(), cancellationToken: Ct);
        _host = await ServiceHarness.StartAsync(_zoom, _data.Path);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.DisposeAsync();
        await _zoom.DisposeAsync();
        _data.Dispose();
    }

    [Fact]
    public async Task Jobs_PollScreenReviewFinalCheck_CleanApprovedMatchesHeldConfirmationDeniedStateRecorded()
    {
        await _host.Get<DiscoveryJob>().RunAsync("Zoom", ServiceHarness.Account, Ct);
        await _host.Get<PullJob>().RunAccountAsync("Zoom", ServiceHarness.Account, Ct);

        Assert.Equal("approved", _zoom.StatusOf(ZoomScenarios.MeetingId, ZoomScenarios.Clean));
        Assert.Equal("approved", _zoom.StatusOf(ZoomScenarios.MeetingId, ZoomScenarios.CleanToo));
        Assert.Equal("pending", _zoom.StatusOf(ZoomScenarios.MeetingId, ZoomScenarios.Listed));
        Assert.Equal("pending", _zoom.StatusOf(ZoomScenarios.MeetingId, ZoomScenarios.Curated));
        Assert.Equal(DecisionKind.BlockProposed, (await _host.DecisionAsync(ZoomScenarios.Listed))?.Kind);
        Assert.Equal(DecisionKind.Review, (await _host.DecisionAsync(ZoomScenarios.Curated))?.Kind);

        var reviews = _host.Get<ReviewService>();
        await reviews.ConfirmAsync((await _host.RegistrantAsync(ZoomScenarios.Listed)).Id, "ofac-sdn:16642", "reviewer-1", "ID checked", "r-1", Ct);
        await reviews.ClearAsync((await _host.RegistrantAsync(ZoomScenarios.Curated)).Id, "reviewer-1", "works for the city, not the body", "r-2", Ct);
        await _host.Get<EnforcementJob>().RunAsync("Zoom", ServiceHarness.Account, Ct);
        await _host.Get<EnforcementJob>().RunAsync("Zoom", ServiceHarness.Account, Ct);

        Assert.Equal("denied", _zoom.StatusOf(ZoomScenarios.MeetingId, ZoomScenarios.Listed));
        Assert.Equal("approved", _zoom.StatusOf(ZoomScenarios.MeetingId, ZoomScenarios.Curated));
        Assert.Equal(4, _zoom.StatusChanges.Count(c => c.Changed));

        var check = await _host.Get<FinalCheckService>().RunAsync((await _host.EventAsync()).Id, Ct);

        Assert.NotNull(check);
        Assert.Equal((4, 0, 0), (check.RegistrantCount, check.UnresolvedFlags, check.PendingActions));
        Assert.Equal(new DateTimeOffset(2021, 7, 1, 0, 0, 0, TimeSpan.Zero), check.ListsAsOf);
        Assert.Contains("ofac-sdn", check.Lists.Versions.Keys);
        Assert.Equal(4, _zoom.StatusChanges.Count(c => c.Changed));
    }

    [Fact]
    public async Task Rescreen_ListUpdateNamesACleanRegistrant_ReFlaggedWithoutTouchingOthers()
    {
        await _host.Get<DiscoveryJob>().RunAsync("Zoom", ServiceHarness.Account, Ct);
        await _host.Get<PullJob>().RunAccountAsync("Zoom", ServiceHarness.Account, Ct);
        await _host.Get<RescreenJob>().RunAsync(Ct);
        Assert.Equal(DecisionKind.Clear, (await _host.DecisionAsync(ZoomScenarios.CleanToo))?.Kind);

        ListFiles.ImportOfacWithExtraEntry(_host, _data, "99001,\"BECKER, Anna\",\"individual\",\"UKRAINE-EO13660\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ");
        await _host.Get<RescreenJob>().RunAsync(Ct);

        var flag = await _host.DecisionAsync(ZoomScenarios.CleanToo);
        Assert.Equal(DecisionKind.Review, flag?.Kind);
        Assert.Equal(DecisionKind.Clear, (await _host.DecisionAsync(ZoomScenarios.Clean))?.Kind);
        Assert.Contains(flag!, await _host.Get<IDecisionStore>().ListOpenFlagsAsync((await _host.EventAsync()).Id, Ct));
    }
}
