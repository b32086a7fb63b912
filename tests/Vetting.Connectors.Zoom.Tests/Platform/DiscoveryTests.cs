using Vetting.Connectors.Zoom.Tests.Support;
using Vetting.Core.Platforms;

namespace Vetting.Connectors.Zoom.Tests.Platform;

public sealed class DiscoveryTests
{
    private static async Task<List<PlatformEvent>> DiscoverAsync(ZoomHarness harness)
    {
        var events = new List<PlatformEvent>();
        await foreach (var item in harness.Platform.DiscoverEventsAsync(ZoomHarness.Account, TestContext.Current.CancellationToken))
        {
            events.Add(item);
        }

        return events;
    }

    [Fact]
    public async Task DiscoverEvents_AllActiveHosts_ReturnsUpcomingEventsWithRegistrationOnly()
    {
        await using var harness = await ZoomHarness.StartAsync("basic");

        var events = await DiscoverAsync(harness);

        Assert.Equal(
            ["Meeting/85746065123/", "Meeting/86000000001/1898694000000", "Meeting/86000000001/1899298800000", "Meeting/88000000001/", "Webinar/95000000001/"],
            events.Select(e => $"{e.Ref.Kind}/{e.Ref.ExternalId}/{e.Ref.OccurrenceId}").Order(StringComparer.Ordinal));
        Assert.Contains(harness.Zoom.Requests, r => r.Path == "/v2/users" && r.Query.Contains("status=active", StringComparison.Ordinal));
        Assert.DoesNotContain(harness.Zoom.Requests, r => r.Path.Contains("u3Inactive", StringComparison.Ordinal));
        Assert.All(harness.Zoom.Requests.Where(r => r.Path.EndsWith("/meetings", StringComparison.Ordinal)),
            r => Assert.Contains("type=upcoming", r.Query, StringComparison.Ordinal));
    }

    [Fact]
    public async Task DiscoverEvents_Meeting_MapsStartZoneDurationAndApproval()
    {
        await using var harness = await ZoomHarness.StartAsync("basic");

        var events = await DiscoverAsync(harness);

        var briefing = Assert.Single(events, e => e.Ref.ExternalId == "85746065123");
        Assert.Equal(new DateTimeOffset(2030, 3, 2, 15, 0, 0, TimeSpan.Zero), briefing.StartUtc);
        Assert.Equal("Europe/Berlin", briefing.TimeZone);
        Assert.Equal(TimeSpan.FromMinutes(60), briefing.Duration);
        Assert.True(briefing.RegistrantsNeedApproval);
        Assert.Equal(RegistrationApproval.Automatic, Assert.Single(events, e => e.Ref.ExternalId == "88000000001").Approval);
        var second = Assert.Single(events, e => e.Ref.OccurrenceId == "1899298800000");
        Assert.Equal(new DateTimeOffset(2030, 3, 9, 15, 0, 0, TimeSpan.Zero), second.StartUtc);
        Assert.Equal("Café – ünïcode webinar", Assert.Single(events, e => e.Ref.Kind == PlatformEventKind.Webinar).Topic);
    }

    [Fact]
    public async Task DiscoverEvents_ConfiguredHostByEmail_ListsOnlyThatHost()
    {
        await using var harness = await ZoomHarness.StartAsync("basic", new Dictionary<string, string?>
        {
            ["Connectors:Zoom:Accounts:osce:Hosts:0"] = "webinars@example.org",
        });

        var events = await DiscoverAsync(harness);

        var only = Assert.Single(events);
        Assert.Equal("95000000001", only.Ref.ExternalId);
        Assert.DoesNotContain(harness.Zoom.Requests, r => r.Path == "/v2/users");
    }
}
