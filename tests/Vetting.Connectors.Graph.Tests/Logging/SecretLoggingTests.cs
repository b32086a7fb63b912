using Vetting.Connectors.Graph.Tests.Support;
using Vetting.Core.Platforms;

namespace Vetting.Connectors.Graph.Tests.Logging;

public sealed class SecretLoggingTests
{
    [Fact]
    public async Task Logs_FullRunAtTrace_HoldNoSecretTokenClientStateOrPersonalData()
    {
        await using var harness = await GraphHarness.StartAsync(GraphScenarios.Basic(pageSize: 3), subscribe: true);
        await harness.Watcher.RunOnceAsync(TestContext.Current.CancellationToken);
        await harness.Platform.ApplyAsync(GraphHarness.Ref(GraphScenarios.Webinar),
            [new PlatformAction(PlatformActionKind.Cancel, GraphScenarios.EntraUser, "k1"), new PlatformAction(PlatformActionKind.Cancel, GraphScenarios.Anonymous, "k2")],
            TestContext.Current.CancellationToken);
        await harness.Graph.NotifyAsync(GraphScenarios.Webinar, GraphScenarios.Anonymous, "updated", cancellationToken: TestContext.Current.CancellationToken);

        var records = harness.Logs.GetSnapshot();
        var connector = records.Where(r => r.Category?.StartsWith("Vetting.Connectors.Graph", StringComparison.Ordinal) == true).ToList();
        var text = string.Join("\n", records.Select(r => r.Message + " " + r.Exception));
        var clientStates = harness.Graph.Subscriptions.Select(s => s.ClientState!).ToList();

        Assert.NotEmpty(connector);
        Assert.All(connector, r => Assert.InRange(r.Id.Id, 3000, 3999));
        Assert.DoesNotContain(GraphScenarios.Secret, text, StringComparison.Ordinal);
        Assert.DoesNotContain("fake-graph-", text, StringComparison.Ordinal); // Access tokens.
        Assert.All(clientStates, state => Assert.DoesNotContain(state, text, StringComparison.Ordinal));
        foreach (var personal in (string[])[GraphScenarios.OlgaUpn, "ann@example.com", "Example", "Q4 partner briefing", "Contoso Ltd"])
        {
            Assert.DoesNotContain(personal, text, StringComparison.Ordinal);
        }
    }
}
