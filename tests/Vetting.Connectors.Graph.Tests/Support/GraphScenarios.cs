using System.Text.Json.Nodes;
using Vetting.Testing.FakeGraph;
using static Vetting.Testing.FakeGraph.FakeGraphRegistrations;

namespace Vetting.Connectors.Graph.Tests.Support;

/// <summary>Scenario data for the fake Graph: one tenant, two organizers, events in every state, registrations in every status.</summary>
internal static class GraphScenarios
{
    public const string TenantId = "f944a1b2-0000-4000-8000-0000000000aa";
    public const string ClientId = "3c1d2e4f-0000-4000-8000-0000000000bb";
    public const string Secret = "S3cr3t~graph-client-secret-value";
    public const string Olga = "0a0a0a0a-0000-4000-8000-000000000001";
    public const string OlgaUpn = "olga.organizer@contoso.example";
    public const string Piet = "0b0b0b0b-0000-4000-8000-000000000002";
    public const string Webinar = "88b2c0de-1111-4000-8000-0000000000c2@" + TenantId;
    public const string Townhall = "77a1c0de-2222-4000-8000-0000000000d3@" + TenantId;
    public const string Anonymous = "5b0e2c1a-0000-4000-8000-000000000001";
    public const string EntraUser = "5b0e2c1a-0000-4000-8000-000000000002";
    public const string Cancelled = "5b0e2c1a-0000-4000-8000-000000000003";
    public const string Pending = "5b0e2c1a-0000-4000-8000-000000000004";
    public const string Waitlisted = "5b0e2c1a-0000-4000-8000-000000000005";
    public const string Rejected = "5b0e2c1a-0000-4000-8000-000000000006";
    public const string Strange = "5b0e2c1a-0000-4000-8000-000000000007";
    public const string Nameless = "5b0e2c1a-0000-4000-8000-000000000008";
    public const string LocalTime = "5b0e2c1a-0000-4000-8000-000000000009";
    public const string RegistrationPage = "https://events.teams.microsoft.com/event/88b2c0de@f944a1b2";

    public static IReadOnlyList<JsonObject> WebinarRegistrations() =>
    [
        Registration(Anonymous, "Ann", "Example", "ann@example.com", answers: [("Company", "Contoso Ltd"), ("Job title", "Analyst"), ("Country/Region", "UA"), ("Dietary needs", "none")]),
        Registration(EntraUser, "Ivan", "Insider", "ivan@contoso.example", userId: "9e9e9e9e-0000-4000-8000-000000000009"),
        Registration(Cancelled, "Carl", "Gone", "carl@example.com", status: "canceled"),
        Registration(Pending, "Pia", "Waiting", "pia@example.com", status: "pendingApproval"),
        Registration(Waitlisted, "Wim", "Later", "wim@example.com", status: "waitlisted"),
        Registration(Rejected, "Rex", "No", "rex@example.com", status: "rejectedByOrganizer"),
        Registration(Strange, "Sam", "Future", "sam@example.com", status: "someStatusFrom2031"),
        Registration(Nameless, null, null, "anon@example.com"),
        Registration(LocalTime, "Lena", "Local", "lena@example.com", registrationDateTime: "2030-11-20T08:15:00"),
    ];

    public static FakeGraphTenant Tenant(IReadOnlyList<FakeGraphEvent> events) => new()
    {
        TenantId = TenantId,
        ClientId = ClientId,
        ClientSecret = Secret,
        Users = [new FakeGraphUser(Olga, OlgaUpn), new FakeGraphUser(Piet, "piet@contoso.example")],
        Events = events,
    };

    /// <summary>Olga's published webinar (manual approval, Windows zone) and town hall, plus events that must not be vetted.</summary>
    public static FakeGraphScenario Basic(int pageSize = 4) => new()
    {
        PageSize = pageSize,
        Tenants =
        [
            Tenant(
            [
                new FakeGraphEvent
                {
                    Id = Webinar, OrganizerId = Olga, CoOrganizerIds = [Piet], DisplayName = "Q4 partner briefing", ManualApproval = true,
                    Start = "2030-12-10T09:00:00.0000000", End = "2030-12-10T10:30:00.0000000", TimeZone = "Pacific Standard Time",
                    RegistrationWebUrl = RegistrationPage, Registrations = WebinarRegistrations(),
                },
                new FakeGraphEvent
                {
                    Id = Townhall, IsTownhall = true, OrganizerId = Olga, DisplayName = "All hands",
                    Registrations = [Registration("6c000000-0000-4000-8000-000000000001", "Tom", "Hall", "tom@example.com")],
                },
                new FakeGraphEvent { Id = "draft-1@" + TenantId, OrganizerId = Olga, Status = "draft" },
                new FakeGraphEvent { Id = "cancelled-1@" + TenantId, OrganizerId = Olga, Status = "canceled" },
                new FakeGraphEvent { Id = "past-1@" + TenantId, OrganizerId = Olga, Start = "2020-01-01T10:00:00", End = "2020-01-01T11:00:00" },
                new FakeGraphEvent { Id = "open-1@" + TenantId, OrganizerId = Olga, IsRegistrationRequired = false },
                new FakeGraphEvent { Id = "piet-1@" + TenantId, OrganizerId = Piet, DisplayName = "Piet's webinar" },
            ]),
        ],
    };
}
