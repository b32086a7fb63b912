using System.Net;
using System.Text;
using Vetting.Connectors.Graph.Tests.Support;
using Vetting.Core.Platforms;
using Vetting.Testing.FakeGraph;

namespace Vetting.Connectors.Graph.Tests.Subscriptions;

/// <summary>Subscriptions created through the real validation handshake, and notifications sent by the fake over a socket to the host's endpoint.</summary>
public sealed class NotificationTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<GraphHarness> SubscribedAsync(FakeGraphScenario? scenario = null)
    {
        var harness = await GraphHarness.StartAsync(scenario ?? GraphScenarios.Basic(), subscribe: true);
        await harness.Watcher.RunOnceAsync(Ct);
        return harness;
    }

    [Fact]
    public async Task Watch_WithNotificationUrl_SubscribesWebinarsAfterValidationAndPollsTownHalls()
    {
        await using var harness = await SubscribedAsync();

        var subscriptions = harness.Graph.Subscriptions;
        Assert.Equal(2, subscriptions.Count); // Olga's and Piet's webinars.
        Assert.All(subscriptions, s => Assert.Equal((harness.NotificationUrl, "created,updated"), (s.NotificationUrl, s.ChangeType)));
        Assert.All(subscriptions, s => Assert.Equal(harness.NotificationUrl, s.LifecycleNotificationUrl));
        Assert.Contains(subscriptions, s => s.Resource == $"solutions/virtualEvents/webinars/{GraphScenarios.Webinar}/registrations");
        var townhall = harness.Watcher.Watches[GraphHarness.Ref(GraphScenarios.Townhall, PlatformEventKind.TownHall).ToString()];
        Assert.True(townhall.IsPolled);
        Assert.Contains("HTTP 400", townhall.PollReason, StringComparison.Ordinal);
        Assert.Contains(harness.Sink.Notices, n => n.Event.Kind == PlatformEventKind.TownHall); // Its first poll reported its registrant.
    }

    [Fact]
    public async Task Notify_Created_ReachesScreeningAsIds()
    {
        await using var harness = await SubscribedAsync();
        var before = harness.Sink.Notices.Count;
        harness.Graph.AddRegistration(GraphScenarios.Webinar, FakeGraphRegistrations.Registration("7d000000-0000-4000-8000-000000000001", "New", "Person", "new@example.com"));

        var status = await harness.Graph.NotifyAsync(GraphScenarios.Webinar, "7d000000-0000-4000-8000-000000000001", cancellationToken: Ct);
        var notices = await harness.Sink.WaitForAsync(before + 1, Ct);

        Assert.Equal(HttpStatusCode.Accepted, status);
        var notice = notices[^1];
        Assert.Equal((GraphHarness.Ref(GraphScenarios.Webinar), "7d000000-0000-4000-8000-000000000001", RegistrationChange.Created),
            (notice.Event, notice.RegistrantId, notice.Change));
    }

    [Fact]
    public async Task Notify_Updated_ReadsTheRegistrationToNameTheChange()
    {
        await using var harness = await SubscribedAsync();
        var before = harness.Sink.Notices.Count;
        harness.Graph.SetStatus(GraphScenarios.Webinar, GraphScenarios.Anonymous, "canceled");

        await harness.Graph.NotifyAsync(GraphScenarios.Webinar, GraphScenarios.Anonymous, "updated", cancellationToken: Ct);
        var notices = await harness.Sink.WaitForAsync(before + 1, Ct);

        Assert.Equal(RegistrationChange.Cancelled, notices[^1].Change);
    }

    [Fact]
    public async Task Notify_ForgedClientState_RefusedAndNothingPublished()
    {
        await using var harness = await SubscribedAsync();
        var before = harness.Sink.Notices.Count;

        var status = await harness.Graph.NotifyAsync(GraphScenarios.Webinar, GraphScenarios.Anonymous, clientState: "forged-state", cancellationToken: Ct);
        await Task.Delay(300, Ct);

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Equal(before, harness.Sink.Notices.Count);
        Assert.Contains(harness.Logs.GetSnapshot(), r => r.Message.Contains("clientState does not match", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Post_UnknownSubscriptionOrBadJson_Refused()
    {
        await using var harness = await SubscribedAsync();
        using var http = new HttpClient();

        using var unknown = await http.PostAsync(new Uri(harness.NotificationUrl),
            new StringContent("""{"value":[{"subscriptionId":"nope","clientState":"x","changeType":"created","resource":"a/b"}]}""", Encoding.UTF8, "application/json"), Ct);
        using var broken = await http.PostAsync(new Uri(harness.NotificationUrl), new StringContent("{not json", Encoding.UTF8, "application/json"), Ct);

        Assert.Equal(HttpStatusCode.Forbidden, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
    }

    [Fact]
    public async Task Post_ValidationToken_EchoedAsTextPlain()
    {
        await using var harness = await GraphHarness.StartAsync(GraphScenarios.Basic(), subscribe: true);
        using var http = new HttpClient();

        using var response = await http.PostAsync(new Uri(harness.NotificationUrl + "?validationToken=" + Uri.EscapeDataString("Validation: <b>token</b> 1")), null, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Validation: <b>token</b> 1", await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task Lifecycle_SubscriptionRemoved_ResubscribesAndCatchesUp()
    {
        await using var harness = await SubscribedAsync();
        var old = harness.Graph.Subscriptions.Single(s => s.Resource.Contains(GraphScenarios.Webinar, StringComparison.Ordinal));
        var before = harness.Sink.Notices.Count;

        Assert.Equal(HttpStatusCode.Accepted, await harness.Graph.SendLifecycleAsync(old.Id, "subscriptionRemoved", Ct));
        await harness.Watcher.RunOnceAsync(Ct);

        var renewed = harness.Graph.Subscriptions.Single(s => s.Resource.Contains(GraphScenarios.Webinar, StringComparison.Ordinal));
        Assert.NotEqual(old.Id, renewed.Id);
        Assert.Equal(before + 9, harness.Sink.Notices.Count); // Every registration once: notifications may have been missed.
    }

    [Fact]
    public async Task Lifecycle_ReauthorizationRequired_RenewsTheSubscription()
    {
        await using var harness = await SubscribedAsync();
        var subscription = harness.Graph.Subscriptions[0];

        await harness.Graph.SendLifecycleAsync(subscription.Id, "reauthorizationRequired", Ct);
        await harness.Watcher.RunOnceAsync(Ct);

        Assert.Single(harness.GraphRequests("PATCH", "/subscriptions/" + subscription.Id));
        Assert.Contains(harness.Graph.Subscriptions, s => s.Id == subscription.Id);
    }
}
