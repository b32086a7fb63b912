using Vetting.Core.Platforms;
using Vetting.Core.Tests.Workflow.Support;
using Vetting.Core.Vetting;
using Vetting.Core.Workflow;

namespace Vetting.Core.Tests.Workflow;

/// <summary>Actions are recorded before the platform is called and completed after: a crash in between costs nothing.</summary>
public sealed class EnforcementTests : IAsyncLifetime
{
    private WorkflowHarness _h = null!; // set in InitializeAsync
    private PlatformEventRef _meeting = null!;

    public async ValueTask InitializeAsync()
    {
        _h = await WorkflowHarness.StartAsync();
        _meeting = _h.Platform.AddEvent("85746065123", WorkflowHarness.EventStart);
    }

    public async ValueTask DisposeAsync() => await _h.DisposeAsync();

    [Fact]
    public async Task Enforce_StoppedBeforeThePlatformActed_NextPassActsExactlyOnce()
    {
        var registrant = _h.Platform.AddRegistrant(_meeting, "Zarema", "Osmanova", "zarema@example.org");
        var vettedEvent = await _h.DiscoverAsync(_meeting);
        using var crash = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        _h.Platform.BeforeApply = async (_, token) =>
        {
            await crash.CancelAsync();
            await Task.Delay(Timeout.Infinite, token);
        };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => _h.Get<RegistrantPullService>().PullEventAsync(vettedEvent.Id, crash.Token));
        var open = await _h.Get<IPlatformActionStore>().ListOpenActionsAsync(vettedEvent.Id, 10, TestContext.Current.CancellationToken);
        _h.Platform.BeforeApply = null;
        var result = await _h.Get<EnforcementService>().EnforceAsync(null, TestContext.Current.CancellationToken);
        await _h.Get<EnforcementService>().EnforceAsync(null, TestContext.Current.CancellationToken);

        var action = Assert.Single(open);
        Assert.Equal((PlatformActionKind.Approve, ActionState.Pending), (action.Kind, action.State));
        Assert.Equal(1, result.Applied);
        var change = Assert.Single(_h.Platform.Changes);
        Assert.Equal((registrant.ExternalId, action.IdempotencyKey), (change.Action.RegistrantId, change.Action.IdempotencyKey));
        var done = await _h.Get<IPlatformActionStore>().FindActionAsync(action.IdempotencyKey, TestContext.Current.CancellationToken);
        Assert.Equal(ActionState.Applied, done?.State);
    }

    [Fact]
    public async Task Enforce_PlatformActedButAnswerLost_NextPassFindsItInPlaceAndDoesNotActAgain()
    {
        var registrant = _h.Platform.AddRegistrant(_meeting, "Dilyara", "Memetova", "d.memetova@example.org");
        var vettedEvent = await _h.DiscoverAsync(_meeting);
        _h.Platform.AfterApply = new HttpRequestException("connection reset");

        var first = await _h.PullAsync(vettedEvent);
        _h.Platform.AfterApply = null;
        var second = await _h.Get<EnforcementService>().EnforceAsync(vettedEvent.Id, TestContext.Current.CancellationToken);

        Assert.Equal(1, first!.Enforcement.Failed);
        Assert.Equal(1, second.Applied);
        Assert.Single(_h.Platform.Changes);
        Assert.Equal(RegistrantStatus.Approved, _h.Platform.StatusOf(_meeting, registrant.ExternalId));
        var open = await _h.Get<IPlatformActionStore>().ListOpenActionsAsync(null, 10, TestContext.Current.CancellationToken);
        Assert.Empty(open);
    }

    [Fact]
    public async Task Enforce_PlatformThrottles_ExceptionCarriesTheWaitAndTheActionStaysOpen()
    {
        _h.Platform.AddRegistrant(_meeting, "Ayder", "Ibrahimov", "ayder@example.net");
        var vettedEvent = await _h.DiscoverAsync(_meeting);
        _h.Platform.BeforeApply = (_, _) => throw new PlatformThrottledException(TimeSpan.FromMinutes(7), "daily limit");

        var thrown = await Assert.ThrowsAsync<PlatformThrottledException>(() => _h.PullAsync(vettedEvent));

        Assert.Equal(TimeSpan.FromMinutes(7), thrown.RetryAfter);
        var open = Assert.Single(await _h.Get<IPlatformActionStore>().ListOpenActionsAsync(null, 10, TestContext.Current.CancellationToken));
        Assert.Equal((ActionState.Failed, 1), (open.State, open.Attempts));
        Assert.Empty(_h.Platform.Changes);
    }

    [Fact]
    public async Task Enforce_PlatformRefusesTheRequest_FailureRecordedWithCodeAndRetriedLater()
    {
        _h.Platform.AddRegistrant(_meeting, "Eskender", "Kurtumerov", "eskender@example.com");
        var vettedEvent = await _h.DiscoverAsync(_meeting);
        _h.Platform.BeforeApply = (_, _) => throw new PlatformApiException(System.Net.HttpStatusCode.BadRequest, "300", "Validation Failed.");

        var result = await _h.PullAsync(vettedEvent);
        _h.Platform.BeforeApply = null;
        var retried = await _h.Get<EnforcementService>().EnforceAccountAsync(vettedEvent.AccountId, TestContext.Current.CancellationToken);

        Assert.Equal(1, result!.Enforcement.Failed);
        Assert.Equal(1, retried.Applied);
        Assert.Single(_h.Platform.Changes);
    }
}
