using Vetting.Service.Webhooks;
using Vetting.Testing;
using Vetting.Testing.FakeGraph;

namespace VettingService.Tests.EndToEnd.Support;

/// <summary>
/// One test's own data folder, fake Microsoft Graph (the <see cref="TeamsScenarios.Briefing"/> scenario) and the service
/// host started on them, trusting the fake token endpoint. Disposing it stops the host, then the fake Graph, then
/// deletes the folder.
/// </summary>
internal sealed class TeamsTestBed : IAsyncDisposable
{
    private readonly TempDirectory _data;

    private TeamsTestBed(TempDirectory data, FakeGraphServer graph, ServiceHarness host)
    {
        _data = data;
        Graph = graph;
        Host = host;
    }

    public FakeGraphServer Graph { get; }

    public ServiceHarness Host { get; }

    /// <param name="notifications">
    /// True for a host with a job server whose tenant subscribes to change notifications at the host's own endpoint.
    /// </param>
    public static async Task<TeamsTestBed> StartAsync(bool notifications = false)
    {
        var ct = TestContext.Current.CancellationToken;
        var data = new TempDirectory();
        FakeGraphServer? graph = null;
        try
        {
            graph = await FakeGraphServer.StartAsync(TeamsScenarios.Briefing(), cancellationToken: ct);
            var settings = TeamsScenarios.Settings(graph);
            var port = 0;
            if (notifications)
            {
                port = ServiceHarness.FreePort();
                settings[$"Connectors:MicrosoftGraph:Tenants:{TeamsScenarios.Tenant}:NotificationUrl"] = $"http://127.0.0.1:{port}{GraphNotificationEndpoints.Route}";
            }

            var host = await ServiceHarness.StartAsync(
                null, data.Path, jobServer: notifications, configure: TeamsScenarios.TrustFakeTokenEndpoint(graph), extraSettings: settings, port: port);
            return new TeamsTestBed(data, graph, host);
        }
        catch
        {
            if (graph is not null)
            {
                await graph.DisposeAsync();
            }

            data.Dispose();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        await Graph.DisposeAsync();
        _data.Dispose();
    }
}
