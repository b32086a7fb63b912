using Vetting.Core.Vetting;
using Vetting.Service.Jobs;
using Vetting.Testing;
using Vetting.Testing.FakeZoom;
using VettingService.Tests.EndToEnd.Support;

namespace VettingService.Tests.EndToEnd;

/// <summary>
/// The host is killed after it decided and recorded the actions but before Zoom acted; a new host on the same database
/// applies them, and Zoom sees exactly one change per registrant.
/// </summary>
public sealed class CrashRecoveryTests : IAsyncLifetime
{
    private readonly TempDirectory _data = new();
    private FakeZoomServer _zoom = null!; // set in InitializeAsync

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _zoom = await FakeZoomServer.StartAsync(ZoomScenarios.Briefing(), cancellationToken: Ct);

    public async ValueTask DisposeAsync()
    {
        await _zoom.DisposeAsync();
        _data.Dispose();
    }

    [Fact]
    public async Task Restart_HostKilledBetweenDecidedAndActed_NewHostActsExactlyOnce()
    {
        _zoom.AddFault(new FakeZoomFault { Route = "PUT /v2/meetings/*/registrants/status", Kind = FakeZoomFaultKind.Slow, DelayMs = 120_000, Count = 100 });
        IReadOnlyList<PlatformActionRecord> recorded;
        await using (var first = await ServiceHarness.StartAsync(_zoom, _data.Path))
        {
            await first.Get<DiscoveryJob>().RunAsync("Zoom", ServiceHarness.Account, Ct);
            using var kill = CancellationTokenSource.CreateLinkedTokenSource(Ct);
            var pull = first.Get<PullJob>().RunAccountAsync("Zoom", ServiceHarness.Account, kill.Token);
            recorded = await WaitForOpenActionsAsync(first, 2);
            await Task.Delay(500, Ct); // the status update is now waiting at Zoom
            await kill.CancelAsync();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => pull);
        }

        Assert.Empty(_zoom.StatusChanges);
        Assert.All(recorded, a => Assert.Equal((ActionState.Pending, Vetting.Core.Platforms.PlatformActionKind.Approve), (a.State, a.Kind)));
        _zoom.ClearFaults();

        await using var second = await ServiceHarness.StartAsync(_zoom, _data.Path);
        await second.Get<EnforcementJob>().RunAsync("Zoom", ServiceHarness.Account, Ct);
        await second.Get<PullJob>().RunAccountAsync("Zoom", ServiceHarness.Account, Ct);
        await second.Get<EnforcementJob>().RunAsync("Zoom", ServiceHarness.Account, Ct);

        var changes = _zoom.StatusChanges.Select(c => (c.RegistrantId, c.Changed)).Order().ToList();
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
        _zoom.AddFault(new FakeZoomFault { Route = "PUT /v2/meetings/*/registrants/status", Kind = FakeZoomFaultKind.SlowAfterHandling, DelayMs = 120_000, Count = 100 });
        IReadOnlyList<PlatformActionRecord> recorded;
        await using (var first = await ServiceHarness.StartAsync(_zoom, _data.Path))
        {
            await first.Get<DiscoveryJob>().RunAsync("Zoom", ServiceHarness.Account, Ct);
            using var kill = CancellationTokenSource.CreateLinkedTokenSource(Ct);
            var pull = first.Get<PullJob>().RunAccountAsync("Zoom", ServiceHarness.Account, kill.Token);
            recorded = await WaitForOpenActionsAsync(first, 2);
            await Eventually.WaitAsync(() => Task.FromResult(_zoom.StatusChanges.Count == 2), 30, "Zoom's status change");
            await kill.CancelAsync();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => pull);
            Assert.Equal(2, (await first.Get<IPlatformActionStore>().ListOpenActionsAsync(null, 10, Ct)).Count);
        }

        _zoom.ClearFaults();
        await using var second = await ServiceHarness.StartAsync(_zoom, _data.Path);
        await second.Get<EnforcementJob>().RunAsync("Zoom", ServiceHarness.Account, Ct);
        await second.Get<PullJob>().RunAccountAsync("Zoom", ServiceHarness.Account, Ct);
        await second.Get<EnforcementJob>().RunAsync("Zoom", ServiceHarness.Account, Ct);

        Assert.Equal(2, _zoom.StatusChanges.Count);
        Assert.Single(_zoom.Requests, r => r.Method == "PUT");
        foreach (var action in recorded)
        {
            var done = await second.Get<IPlatformActionStore>().FindActionAsync(action.IdempotencyKey, Ct);
            Assert.Equal(ActionState.AlreadyApplied, done?.State);
        }
    }

    private static async Task<IReadOnlyList<PlatformActionRecord>> WaitForOpenActionsAsync(ServiceHarness host, int count)
    {
        for (var attempt = 0; attempt < 300; attempt++)
        {
            var open = await host.Get<IPlatformActionStore>().ListOpenActionsAsync(null, 10, Ct);
            if (open.Count >= count)
            {
                return open;
            }

            await Task.Delay(100, Ct);
        }

        throw new TimeoutException("the pull recorded no actions within 30 seconds");
    }
}
