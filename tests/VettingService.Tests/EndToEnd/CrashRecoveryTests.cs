using Vetting.Core.Platforms;
using Vetting.Core.Vetting;
using Vetting.Service.Jobs;
using Vetting.Testing.FakeZoom;
using VettingService.Tests.EndToEnd.Support;

namespace VettingService.Tests.EndToEnd;

/// <summary>
/// The host is killed after it decided and recorded the actions but before Zoom acted; a new host on the same database
/// applies them, and Zoom sees exactly one change per registrant.
/// </summary>
public sealed class CrashRecoveryTests
{
    private const string StatusRoute = "PUT /v2/meetings/*/registrants/status";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Restart_HostKilledBetweenDecidedAndActed_NewHostActsExactlyOnce()
    {
        await using var bed = await ZoomTestBed.StartAsync();
        bed.Zoom.AddFault(new FakeZoomFault { Route = StatusRoute, Kind = FakeZoomFaultKind.Slow, DelayMs = 120_000, Count = 100 });
        var (recorded, _) = await KillDuringPullAsync(bed, () => Task.Delay(500, Ct)); // the status update is now waiting at Zoom

        Assert.Empty(bed.Zoom.StatusChanges);
        Assert.All(recorded, a => Assert.Equal((ActionState.Pending, PlatformActionKind.Approve), (a.State, a.Kind)));
        var second = await RestartAndActAsync(bed);

        var changes = bed.Zoom.StatusChanges.Select(c => (c.RegistrantId, c.Changed)).Order().ToList();
        Assert.Equal([(ZoomScenarios.CleanToo, true), (ZoomScenarios.Clean, true)], changes);
        foreach (var action in recorded)
        {
            var done = await second.Get<IPlatformActionStore>().FindActionAsync(action.IdempotencyKey, Ct);
            Assert.Equal(ActionState.Applied, done?.State);
        }

        Assert.Empty(await second.Get<IPlatformActionStore>().ListOpenActionsAsync(null, 10, Ct));
    }

    [Fact]
    public async Task Restart_HostKilledAfterZoomActedBeforeOutcomeRecorded_NewHostRecordsItWithoutSecondChange()
    {
        await using var bed = await ZoomTestBed.StartAsync();
        bed.Zoom.AddFault(new FakeZoomFault { Route = StatusRoute, Kind = FakeZoomFaultKind.SlowAfterHandling, DelayMs = 120_000, Count = 100 });
        var (recorded, openAtKill) = await KillDuringPullAsync(
            bed, () => Eventually.WaitAsync(() => Task.FromResult(bed.Zoom.StatusChanges.Count == 2), 30, "Zoom's status change"));

        Assert.Equal(2, openAtKill.Count);
        var second = await RestartAndActAsync(bed);

        Assert.Equal(2, bed.Zoom.StatusChanges.Count);
        Assert.Single(bed.Zoom.Requests, r => r.Method == "PUT");
        foreach (var action in recorded)
        {
            var done = await second.Get<IPlatformActionStore>().FindActionAsync(action.IdempotencyKey, Ct);
            Assert.Equal(ActionState.AlreadyApplied, done?.State);
        }
    }

    /// <summary>
    /// Starts a host, discovers the meeting and pulls until the pull has recorded both approvals; once
    /// <paramref name="stuck"/> says the status update is held up at Zoom, cancels the pull and stops the host.
    /// Returns the actions the pull recorded and those still open when it was killed.
    /// </summary>
    private static async Task<(IReadOnlyList<PlatformActionRecord> Recorded, IReadOnlyList<PlatformActionRecord> OpenAtKill)> KillDuringPullAsync(
        ZoomTestBed bed, Func<Task> stuck)
    {
        await using var first = await bed.StartHostAsync();
        await first.Get<DiscoveryJob>().RunAsync("Zoom", ServiceHarness.Account, Ct);
        using var kill = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        var pull = first.Get<PullJob>().RunAccountAsync("Zoom", ServiceHarness.Account, kill.Token);
        var store = first.Get<IPlatformActionStore>();
        IReadOnlyList<PlatformActionRecord> recorded = [];
        await Eventually.WaitAsync(
            async () => (recorded = await store.ListOpenActionsAsync(null, 10, Ct)).Count >= 2, 30, "the pull recording its actions");
        await stuck();
        await kill.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => pull);
        return (recorded, await store.ListOpenActionsAsync(null, 10, Ct));
    }

    /// <summary>Lifts Zoom's faults and starts a new host on the same data, which enforces, pulls and enforces again.</summary>
    private static async Task<ServiceHarness> RestartAndActAsync(ZoomTestBed bed)
    {
        bed.Zoom.ClearFaults();
        var second = await bed.StartHostAsync();
        await second.Get<EnforcementJob>().RunAsync("Zoom", ServiceHarness.Account, Ct);
        await second.Get<PullJob>().RunAccountAsync("Zoom", ServiceHarness.Account, Ct);
        await second.Get<EnforcementJob>().RunAsync("Zoom", ServiceHarness.Account, Ct);
        return second;
    }
}
