using Vetting.Core.Platforms;
using Vetting.Core.Tests.Workflow.Support;
using Vetting.Core.Vetting;
using Vetting.Core.Workflow;

namespace Vetting.Core.Tests.Workflow;

/// <summary>Registration notices are hints: the event is read again; unknown events are reported, not guessed.</summary>
public sealed class NoticeAndDiscoveryTests : IAsyncLifetime
{
    private WorkflowHarness _h = null!; // set in InitializeAsync

    public async ValueTask InitializeAsync() => _h = await WorkflowHarness.StartAsync();

    public async ValueTask DisposeAsync() => await _h.DisposeAsync();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Handle_EventNotYetDiscovered_DiscoversThenPullsAndScreens()
    {
        var meeting = _h.Platform.AddEvent("5", WorkflowHarness.EventStart);
        var registrant = _h.Platform.AddRegistrant(meeting, "Andrii", "Melnyk", "andrii@example.com");

        var outcome = await _h.Get<RegistrationNoticeHandler>().HandleAsync(meeting, Ct);

        Assert.Equal(NoticeOutcome.DiscoveredAndPulled, outcome);
        Assert.Equal(RegistrantStatus.Approved, _h.Platform.StatusOf(meeting, registrant.ExternalId));
    }

    [Fact]
    public async Task Handle_UnknownEventOrAccount_ReportsUnknownAndTouchesNothing()
    {
        var unknown = new PlatformEventRef(FakePlatform.Account, PlatformKind.Zoom, PlatformEventKind.Meeting, "404");
        var otherAccount = unknown with { Account = "not-configured" };

        var first = await _h.Get<RegistrationNoticeHandler>().HandleAsync(unknown, Ct);
        var second = await _h.Get<RegistrationNoticeHandler>().HandleAsync(otherAccount, Ct);

        Assert.Equal((NoticeOutcome.UnknownEvent, NoticeOutcome.UnknownEvent), (first, second));
        Assert.Null(await _h.Get<IAccountStore>().FindAccountAsync(PlatformKind.Zoom, "not-configured", Ct));
        Assert.Equal(0, _h.Platform.ApplyCalls);
    }

    [Fact]
    public async Task Discover_NewEvent_CopiesTheAccountDefaultPolicy()
    {
        var meeting = _h.Platform.AddEvent("6", WorkflowHarness.EventStart);

        var result = await _h.Get<EventDiscoveryService>().DiscoverAsync(PlatformKind.Zoom, FakePlatform.Account, Ct);
        var again = await _h.Get<EventDiscoveryService>().DiscoverAsync(PlatformKind.Zoom, FakePlatform.Account, Ct);

        Assert.Equal((1, 0), (result.NewEvents, again.NewEvents));
        var stored = await _h.Get<IEventStore>().FindEventAsync(meeting, Ct);
        Assert.Equal(EventPolicy.NewEventDefault, stored?.Policy);
        Assert.False(stored!.Policy.AutomaticBlockingAllowed);
    }
}
