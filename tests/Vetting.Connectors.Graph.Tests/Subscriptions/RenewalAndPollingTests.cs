using Microsoft.Extensions.Time.Testing;
using Vetting.Connectors.Graph.Tests.Support;
using Vetting.Core.Platforms;
using Vetting.Testing.FakeGraph;

namespace Vetting.Connectors.Graph.Tests.Subscriptions;

public sealed class RenewalAndPollingTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // The fake checks token expiry on the test clock, MSAL on real time: tokens outlive every clock jump here.
    private static FakeGraphScenario LongTokens() => GraphScenarios.Basic() with { TokenLifetimeSeconds = 10 * 365 * 24 * 3600 };

    [Fact]
    public async Task Watch_SubscriptionNearExpiry_RenewedBeforeItLapses()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var harness = await GraphHarness.StartAsync(LongTokens(), subscribe: true, clock: clock);
        await harness.Watcher.RunOnceAsync(Ct);
        var first = harness.Graph.Subscriptions.Single(s => s.Resource.Contains(GraphScenarios.Webinar, StringComparison.Ordinal));
        Assert.Equal(clock.GetUtcNow() + TimeSpan.FromHours(23), first.ExpiresAt);

        clock.Advance(TimeSpan.FromHours(10));
        await harness.Watcher.RunOnceAsync(Ct);
        Assert.Empty(harness.GraphRequests("PATCH", "/subscriptions/"));

        clock.Advance(TimeSpan.FromHours(8)); // 5 h left: inside RenewBefore (6 h).
        await harness.Watcher.RunOnceAsync(Ct);

        var renewed = harness.Graph.Subscriptions.Single(s => s.Id == first.Id);
        Assert.Equal(clock.GetUtcNow() + TimeSpan.FromHours(23), renewed.ExpiresAt);
        Assert.Equal(2, harness.GraphRequests("PATCH", "/subscriptions/").Count); // Both webinars.
    }

    [Fact]
    public async Task Watch_NoNotificationUrl_PollsAndReportsOnlyWhatIsNewOrChanged()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var harness = await GraphHarness.StartAsync(LongTokens(), clock: clock);

        await harness.Watcher.RunOnceAsync(Ct);
        var first = harness.Sink.Notices.Count(n => n.Event.ExternalId == GraphScenarios.Webinar);
        harness.Graph.AddRegistration(GraphScenarios.Webinar, FakeGraphRegistrations.Registration("7e000000-0000-4000-8000-000000000001", "Late", "Comer", "late@example.com"));
        harness.Graph.SetStatus(GraphScenarios.Webinar, GraphScenarios.Anonymous, "canceled");
        await harness.Watcher.RunOnceAsync(Ct); // Not due yet: nothing read.
        var early = harness.Sink.Notices.Count;
        clock.Advance(TimeSpan.FromMinutes(5));
        await harness.Watcher.RunOnceAsync(Ct);

        Assert.Equal(9, first);
        Assert.Empty(harness.Graph.Subscriptions);
        var later = harness.Sink.Notices.Skip(early).Where(n => n.Event.ExternalId == GraphScenarios.Webinar).ToList();
        Assert.Equal(
            [("7e000000-0000-4000-8000-000000000001", RegistrationChange.Created), (GraphScenarios.Anonymous, RegistrationChange.Cancelled)],
            later.Select(n => (n.RegistrantId, n.Change)).OrderBy(p => p.Item2));
    }

    [Fact]
    public async Task Watch_EventNoLongerUpcoming_SubscriptionDeleted()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var harness = await GraphHarness.StartAsync(LongTokens(), subscribe: true, clock: clock);
        await harness.Watcher.RunOnceAsync(Ct);
        Assert.Equal(2, harness.Graph.Subscriptions.Count);

        clock.Advance(TimeSpan.FromDays(365 * 6)); // Past every event's end.
        await harness.Watcher.RunOnceAsync(Ct);

        Assert.Empty(harness.Graph.Subscriptions);
        Assert.Empty(harness.Watcher.Watches);
    }
}
