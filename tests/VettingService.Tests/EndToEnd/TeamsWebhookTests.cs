using System.Net;
using Vetting.Connectors.Graph.Subscriptions;
using Vetting.Core.Vetting;
using Vetting.Service.Webhooks;
using VettingService.Tests.EndToEnd.Support;
using static Vetting.Testing.FakeGraph.FakeGraphRegistrations;

namespace VettingService.Tests.EndToEnd;

/// <summary>
/// Registrations arriving by Microsoft Graph change notification on the running service (real Hangfire server): the
/// subscription is made through the validation handshake at the service's endpoint, a notification for a new
/// registration is screened at once, and a notification with a forged clientState is refused with nothing queued.
/// </summary>
public sealed class TeamsWebhookTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Notification_NewRegistration_ScreenedAtOnceAndForgedOneRefused()
    {
        await using var bed = await TeamsTestBed.StartAsync(notifications: true);
        var (graph, host) = (bed.Graph, bed.Host);
        Task<VettingDecision?> DecisionAsync(string registrationId) => host.FindDecisionAsync(registrationId, TeamsScenarios.WebinarRef);

        await Eventually.WaitAsync(async () => await DecisionAsync(TeamsScenarios.Listed) is { Kind: DecisionKind.BlockProposed }, 60, "the start-up pull");
        await host.Get<GraphWatcher>().RunOnceAsync(Ct);
        var subscription = Assert.Single(graph.Subscriptions);
        Assert.EndsWith(GraphNotificationEndpoints.Route, subscription.NotificationUrl, StringComparison.Ordinal);

        graph.AddRegistration(TeamsScenarios.Webinar, Registration(TeamsScenarios.LateListed, "Natalia Vladimirovna", "Poklonskaya", "n.p@example.net"));
        var forged = await graph.NotifyAsync(TeamsScenarios.Webinar, TeamsScenarios.LateListed, clientState: "forged-state", cancellationToken: Ct);
        await Task.Delay(1000, Ct);
        var afterForged = await DecisionAsync(TeamsScenarios.LateListed);
        var accepted = await graph.NotifyAsync(TeamsScenarios.Webinar, TeamsScenarios.LateListed, cancellationToken: Ct);

        Assert.Equal(HttpStatusCode.Forbidden, forged);
        Assert.Null(afterForged);
        Assert.Equal(HttpStatusCode.Accepted, accepted);
        await Eventually.WaitAsync(async () => await DecisionAsync(TeamsScenarios.LateListed) is { Kind: DecisionKind.BlockProposed }, 30, "screening of the notified registration");
        Assert.Equal("registered", graph.StatusOf(TeamsScenarios.Webinar, TeamsScenarios.LateListed));
    }
}
