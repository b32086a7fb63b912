using Vetting.Connectors.Graph.Tests.Support;
using Vetting.Core.Platforms;
using Vetting.Testing.FakeGraph;

namespace Vetting.Connectors.Graph.Tests.Platform;

public sealed class DiscoveryTests
{
    [Fact]
    public async Task Discover_OrganizersByUpnAndId_ReturnsUpcomingWebinarsAndTownHallsOnce()
    {
        await using var harness = await GraphHarness.StartAsync(GraphScenarios.Basic());

        var events = await harness.DiscoverAsync();

        Assert.Equal(
            [$"TownHall/{GraphScenarios.Townhall}", $"Webinar/{GraphScenarios.Webinar}", $"Webinar/piet-1@{GraphScenarios.TenantId}"],
            events.Select(e => $"{e.Ref.Kind}/{e.Ref.ExternalId}").Order(StringComparer.Ordinal));
        Assert.All(events, e => Assert.Equal((GraphHarness.Tenant, PlatformKind.MicrosoftGraph), (e.Ref.Account, e.Ref.Platform)));
        Assert.Single(harness.GraphRequests("GET", "/users/"));
    }

    [Fact]
    public async Task Discover_WebinarInPacificTime_StartIsUtcAndApprovalManual()
    {
        await using var harness = await GraphHarness.StartAsync(GraphScenarios.Basic());

        var webinar = (await harness.DiscoverAsync()).Single(e => e.Ref.ExternalId == GraphScenarios.Webinar);

        Assert.Equal(new DateTimeOffset(2030, 12, 10, 17, 0, 0, TimeSpan.Zero), webinar.StartUtc);
        Assert.Equal(TimeSpan.Zero, webinar.StartUtc!.Value.Offset);
        Assert.Equal("America/Los_Angeles", webinar.TimeZone);
        Assert.Equal(TimeSpan.FromMinutes(90), webinar.Duration);
        Assert.True(webinar.RegistrantsNeedApproval);
        Assert.Equal("Q4 partner briefing", webinar.Topic);
    }

    [Fact]
    public async Task Discover_OneOrganizerUnknown_ListsTheOthersThenReportsIt()
    {
        await using var harness = await GraphHarness.StartAsync(GraphScenarios.Basic(), organizers: ["nobody@contoso.example", GraphScenarios.Olga]);
        var found = new List<PlatformEvent>();

        var error = await Assert.ThrowsAsync<PlatformApiException>(async () =>
        {
            await foreach (var item in harness.Platform.DiscoverEventsAsync(GraphHarness.Tenant, TestContext.Current.CancellationToken))
            {
                found.Add(item);
            }
        });

        Assert.Equal(2, found.Count); // Olga's webinar and town hall; the unknown UPN hides nothing else.
        Assert.Equal(System.Net.HttpStatusCode.NotFound, error.StatusCode);
        Assert.Contains("1 of 2 organizers", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Discover_ClientCertificate_AuthenticatesWithSignedAssertion()
    {
        using var certificate = FakeGraphCertificates.CreateClient();
        using var directory = new Vetting.Testing.TempDirectory();
        var path = Path.Combine(directory.Path, "app.pfx");
        FakeGraphCertificates.WritePfx(certificate, path);
        var basic = GraphScenarios.Basic();
        var scenario = basic with { Tenants = [basic.Tenants[0] with { ClientSecret = null, Certificate = certificate }] };
        await using var harness = await GraphHarness.StartAsync(scenario, certificatePath: path);

        var events = await harness.DiscoverAsync();

        Assert.Equal(3, events.Count);
        Assert.Equal(1, harness.Graph.TokensIssued);
    }
}
