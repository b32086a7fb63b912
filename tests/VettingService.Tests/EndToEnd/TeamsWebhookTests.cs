using System.Net;
using Vetting.Connectors.Graph.Subscriptions;
using Vetting.Core.Vetting;
using Vetting.Service.Webhooks;
using Vetting.Testing;
using Vetting.Testing.FakeGraph;
using VettingService.Tests.EndToEnd.Support;
using static Vetting.Testing.FakeGraph.FakeGraphRegistrations;

namespace VettingService.Tests.EndToEnd;

/// <summary>
/// Registrations arriving by Microsoft Graph change notification on the running service (real Hangfire server): the
/// subscription is made through the validation handshake at the service's endpoint, a notification for a new
/// registration is screened at once, and a notification with a forged clientState is refused with nothing queued.
/// </summary>
public sealed class TeamsWebhookTests : IAsyncLifetime
{
    private readonly TempDirectory _data = new();
    private FakeGraphServer _graph = null!; // set in InitializeAsync
    private ServiceHarness _host = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _graph = await FakeGraphServer.StartAsync(TeamsScenarios.Briefing(), cancellationToken: Ct);
        var port = ServiceHarness.FreePort();
        var settings = TeamsScenarios.Settings(_graph);
        settings[$"Connectors:MicrosoftGraph:Tenants:{TeamsScenarios.Tenant}:NotificationUrl"] = $"http://127.0.0.1:{port}{GraphNotificationEndpoints.Route}";
        _host = await ServiceHarness.StartAsync(
            null, _data.Path, jobServer: true, configure: TeamsScenarios.TrustFakeTokenEndpoint(_graph), extraSettings: settings, port: port);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.DisposeAsync();
        await _graph.DisposeAsync();
        _data.Dispose();
    }

    [Fact]
    public async Task Notification_NewRegistration_ScreenedAtOnceAndForgedOneRefused()
    {
        await Eventually.WaitAsync(async () => await DecisionAsync(TeamsScenarios.Listed) is { Kind: DecisionKind.BlockProposed }, 60, "the start-up pull");
        await _host.Get<GraphWatcher>().RunOnceAsync(Ct);
        var subscription = Assert.Single(_graph.Subscriptions);
        Assert.EndsWith(GraphNotificationEndpoints.Route, subscription.NotificationUrl, StringComparison.Ordinal);

        _graph.AddRegistration(TeamsScenarios.Webinar, Registration(TeamsScenarios.LateListed, "Natalia Vladimirovna", "Poklonskaya", "n.p@example.net"));
        var forged = await _graph.NotifyAsync(TeamsScenarios.Webinar, TeamsScenarios.LateListed, clientState: "forged-state", cancellationToken: Ct);
        await Task.Delay(1000, Ct);
        var afterForged = await DecisionAsync(TeamsScenarios.LateListed);
        var accepted = await _graph.NotifyAsync(TeamsScenarios.Webinar, TeamsScenarios.LateListed, cancellationToken: Ct);

        Assert.Equal(HttpStatusCode.Forbidden, forged);
        Assert.Null(afterForged);
        Assert.Equal(HttpStatusCode.Accepted, accepted);
        await Eventually.WaitAsync(async () => await DecisionAsync(TeamsScenarios.LateListed) is { Kind: DecisionKind.BlockProposed }, 30, "screening of the notified registration");
        Assert.Equal("registered", _graph.StatusOf(TeamsScenarios.Webinar, TeamsScenarios.LateListed));
    }

    private Task<VettingDecision?> DecisionAsync(string registrationId) => _host.FindDecisionAsync(registrationId, TeamsScenarios.WebinarRef);
}
