using System.Diagnostics;
using Vetting.Connectors.Graph.Tests.Support;
using Vetting.Core.Platforms;
using Vetting.Testing.FakeGraph;

namespace Vetting.Connectors.Graph.Tests.EndToEnd;

public sealed class LargeWebinarTests
{
    private const string BigWebinar = "99990000-aaaa-4000-8000-000000005000@" + GraphScenarios.TenantId;

    [Fact]
    public async Task Screen_5000Registrations_DiscoveredListedScreenedAndDeniedOnesCancelled()
    {
        var registrations = FakeGraphRegistrations.Many(5000);
        var deny = registrations.Where((_, i) => i % 100 == 7).Select(r => r["id"]!.GetValue<string>()).ToHashSet(StringComparer.Ordinal);
        var scenario = new FakeGraphScenario
        {
            PageSize = 100,
            Tenants = [GraphScenarios.Tenant([new FakeGraphEvent { Id = BigWebinar, OrganizerId = GraphScenarios.Olga, Registrations = registrations }])],
        };
        await using var harness = await GraphHarness.StartAsync(scenario, organizers: [GraphScenarios.Olga]);
        var screener = new DenyListScreener(deny);
        var clock = Stopwatch.StartNew();

        var webinar = Assert.Single(await harness.DiscoverAsync());
        var actions = new List<PlatformAction>();
        await foreach (var registrant in harness.Platform.ListRegistrantsAsync(webinar.Ref, TestContext.Current.CancellationToken))
        {
            var verdict = await screener.ScreenAsync(webinar, registrant, TestContext.Current.CancellationToken);
            if (RegistrantActionPlanner.Plan(verdict, registrant, "decision-" + registrant.ExternalId + ":v1") is { } action)
            {
                actions.Add(action);
            }
        }

        var listed = clock.Elapsed;
        var outcomes = await harness.Platform.ApplyAsync(webinar.Ref, actions, TestContext.Current.CancellationToken);
        TestContext.Current.SendDiagnosticMessage($"5000 registrations: listed and screened in {listed.TotalMilliseconds:0} ms, 50 cancels applied in {(clock.Elapsed - listed).TotalMilliseconds:0} ms");

        Assert.Equal((5000, 0), (screener.Screened, screener.Repeats));
        Assert.Equal(deny.Order(StringComparer.Ordinal), actions.Select(a => a.RegistrantId).Order(StringComparer.Ordinal));
        Assert.All(actions, a => Assert.Equal(PlatformActionKind.Cancel, a.Kind));
        Assert.All(outcomes, o => Assert.Equal(PlatformActionResult.Applied, o.Result));
        Assert.All(deny, id => Assert.Equal("canceled", harness.Graph.StatusOf(BigWebinar, id)));
        // 50 pages each: the screening listing, the state read before cancelling, the confirming re-read.
        Assert.Equal(150, harness.GraphRequests("GET", "/registrations").Count);
        Assert.Equal(50, harness.GraphRequests("POST", "/cancel").Count);
    }
}
