using Vetting.Connectors.Graph.Tests.Support;
using Vetting.Core.Platforms;
using Vetting.Testing.FakeGraph;

namespace Vetting.Connectors.Graph.Tests.Platform;

public sealed class RegistrationTests
{
    private static readonly PlatformEventRef WebinarRef = GraphHarness.Ref(GraphScenarios.Webinar);

    [Fact]
    public async Task List_NineRegistrationsInPagesOfFour_FollowsNextLinkAndReturnsEachOnce()
    {
        await using var harness = await GraphHarness.StartAsync(GraphScenarios.Basic(pageSize: 4));

        var registrants = await harness.ListAsync(WebinarRef);

        Assert.Equal(9, registrants.Count);
        Assert.Equal(9, registrants.Select(r => r.ExternalId).Distinct().Count());
        var pages = harness.GraphRequests("GET", "/registrations");
        Assert.Equal(3, pages.Count);
        Assert.Equal(["", "?$skiptoken=4", "?$skiptoken=8"], pages.Select(p => p.Query));
    }

    [Fact]
    public async Task List_EveryStatus_MapsToCoreStatuses()
    {
        await using var harness = await GraphHarness.StartAsync(GraphScenarios.Basic());

        var byId = (await harness.ListAsync(WebinarRef)).ToDictionary(r => r.ExternalId);

        Assert.Equal(RegistrantStatus.Approved, byId[GraphScenarios.Anonymous].Status);
        Assert.Equal(RegistrantStatus.Cancelled, byId[GraphScenarios.Cancelled].Status);
        Assert.Equal(RegistrantStatus.Pending, byId[GraphScenarios.Pending].Status);
        Assert.Equal(RegistrantStatus.Waitlisted, byId[GraphScenarios.Waitlisted].Status);
        Assert.Equal(RegistrantStatus.Denied, byId[GraphScenarios.Rejected].Status);
        Assert.Equal(RegistrantStatus.Unknown, byId[GraphScenarios.Strange].Status);
    }

    [Fact]
    public async Task List_QuestionAnswers_OrganisationJobTitleAndCountryPulledOutOthersKept()
    {
        await using var harness = await GraphHarness.StartAsync(GraphScenarios.Basic());

        var ann = (await harness.ListAsync(WebinarRef)).Single(r => r.ExternalId == GraphScenarios.Anonymous);

        Assert.Equal(("Ann", "Example", "ann@example.com"), (ann.FirstName, ann.LastName, ann.Email));
        Assert.Equal(("Contoso Ltd", "Analyst", "UA"), (ann.Organisation, ann.JobTitle, ann.Country));
        Assert.Equal([new RegistrantAnswer("Dietary needs", "none")], ann.Answers);
        Assert.Equal(new DateTimeOffset(2030, 11, 1, 12, 0, 0, TimeSpan.Zero), ann.RegisteredAt);
    }

    [Fact]
    public async Task List_TimestampWithoutOffset_IsReadAsUtcWhateverTheMachineZone()
    {
        await using var harness = await GraphHarness.StartAsync(GraphScenarios.Basic());

        var lena = (await harness.ListAsync(WebinarRef)).Single(r => r.ExternalId == GraphScenarios.LocalTime);

        Assert.Equal(new DateTimeOffset(2030, 11, 20, 8, 15, 0, TimeSpan.Zero), lena.RegisteredAt);
        Assert.Equal(TimeSpan.Zero, lena.RegisteredAt!.Value.Offset);
    }

    [Fact]
    public async Task List_MissingNames_RegistrantKeptWithEmptyName()
    {
        await using var harness = await GraphHarness.StartAsync(GraphScenarios.Basic());

        var nameless = (await harness.ListAsync(WebinarRef)).Single(r => r.ExternalId == GraphScenarios.Nameless);

        Assert.Equal(("", null, "anon@example.com"), (nameless.FirstName, nameless.LastName, nameless.Email));
        Assert.Equal("", nameless.FullName);
    }

    [Fact]
    public async Task List_TownHall_ReadsTownHallRegistrations()
    {
        await using var harness = await GraphHarness.StartAsync(GraphScenarios.Basic());

        var registrants = await harness.ListAsync(GraphHarness.Ref(GraphScenarios.Townhall, PlatformEventKind.TownHall));

        Assert.Equal("Tom", Assert.Single(registrants).FirstName);
        Assert.Single(harness.GraphRequests("GET", "/townhalls/"));
    }

    [Fact]
    public async Task List_RegistrationWithoutId_StopsWithClearError()
    {
        var basic = GraphScenarios.Basic();
        var broken = FakeGraphRegistrations.Registration("x", "No", "Id", "noid@example.com");
        broken.Remove("id");
        var webinar = basic.Tenants[0].Events[0] with { Registrations = [.. GraphScenarios.WebinarRegistrations().Take(2), broken] };
        var scenario = basic with { Tenants = [basic.Tenants[0] with { Events = [webinar] }] };
        await using var harness = await GraphHarness.StartAsync(scenario);

        var error = await Assert.ThrowsAsync<PlatformApiException>(() => harness.ListAsync(WebinarRef));

        Assert.Contains("registration #3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_ForeignEventRef_IsRefusedBeforeAnyRequest()
    {
        await using var harness = await GraphHarness.StartAsync(GraphScenarios.Basic());

        await Assert.ThrowsAsync<ArgumentException>(() => harness.ListAsync(GraphHarness.Ref("a/b@c")));
        await Assert.ThrowsAsync<ArgumentException>(() => harness.ListAsync(GraphHarness.Ref(GraphScenarios.Webinar, PlatformEventKind.Meeting)));
        Assert.Empty(harness.GraphRequests("GET", "/registrations"));
    }
}
