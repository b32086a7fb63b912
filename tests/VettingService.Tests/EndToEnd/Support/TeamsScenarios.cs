using System.Net.Security;
using Microsoft.Extensions.DependencyInjection;
using Vetting.Connectors.Graph;
using Vetting.Core.Platforms;
using Vetting.Testing.FakeGraph;
using static Vetting.Testing.FakeGraph.FakeGraphRegistrations;

namespace VettingService.Tests.EndToEnd.Support;

/// <summary>
/// A Microsoft 365 tenant with one manual-approval Teams webinar whose registrants hit, or must clear, the bundled lists;
/// and the settings that point the service's Graph connector at the fake Graph.
/// </summary>
internal static class TeamsScenarios
{
    public const string Tenant = "osce-teams";
    public const string TenantId = "f944a1b2-0000-4000-8000-0000000000aa";
    public const string Organizer = "0a0a0a0a-0000-4000-8000-000000000001";
    public const string Webinar = "88b2c0de-1111-4000-8000-0000000000c2@" + TenantId;
    public const string Clean = "5b0e2c1a-0000-4000-8000-000000000001";
    public const string CleanRegistered = "5b0e2c1a-0000-4000-8000-000000000002";
    public const string Listed = "5b0e2c1a-0000-4000-8000-000000000003";
    public const string ListedSignedIn = "5b0e2c1a-0000-4000-8000-000000000004";
    public const string LateListed = "5b0e2c1a-0000-4000-8000-000000000005";

    public static PlatformEventRef WebinarRef => new(Tenant, PlatformKind.MicrosoftGraph, PlatformEventKind.Webinar, Webinar);

    public static FakeGraphScenario Briefing() => new()
    {
        RefuseAppOnlyCancelOfEntraUsers = true,
        Tenants =
        [
            new FakeGraphTenant
            {
                TenantId = TenantId,
                ClientId = "3c1d2e4f-0000-4000-8000-0000000000bb",
                ClientSecret = "S3cr3t~graph-client-secret-value",
                Users = [new FakeGraphUser(Organizer, "olga.organizer@contoso.example")],
                Events =
                [
                    new FakeGraphEvent
                    {
                        Id = Webinar, OrganizerId = Organizer, DisplayName = "Human dimension briefing", ManualApproval = true,
                        Start = "2030-12-10T09:00:00.0000000", End = "2030-12-10T10:30:00.0000000", TimeZone = "UTC",
                        RegistrationWebUrl = "https://events.teams.microsoft.com/event/88b2c0de@f944a1b2",
                        Registrations =
                        [
                            Registration(Clean, "Lenur", "Seitablaiev", "lenur.s@example.org", status: "pendingApproval"),
                            Registration(CleanRegistered, "Anna", "Becker", "anna.becker@example.org"),
                            Registration(Listed, "Serhii Valeriiovych", "Aksonov", "s.aksonov@example.net"),
                            Registration(ListedSignedIn, "Vladimir Andreyevich", "Konstantinov", "v.konstantinov@example.net",
                                userId: "9e9e9e9e-0000-4000-8000-000000000009"),
                        ],
                    },
                ],
            },
        ],
    };

    /// <summary>The service's Graph settings for the fake (tenant <see cref="Tenant"/>, polling, no subscriptions).</summary>
    public static Dictionary<string, string?> Settings(FakeGraphServer graph)
    {
        var tenant = graph.Scenario.Tenants[0];
        var prefix = $"Connectors:MicrosoftGraph:Tenants:{Tenant}:";
        return new Dictionary<string, string?>
        {
            [prefix + "TenantId"] = tenant.TenantId,
            [prefix + "ClientId"] = tenant.ClientId,
            [prefix + "ClientSecret"] = tenant.ClientSecret,
            [prefix + "GraphBaseUrl"] = graph.GraphBaseUrl,
            [prefix + "AuthorityHost"] = graph.AuthorityHost,
            [prefix + "Organizers:0"] = tenant.Users[0].UserPrincipalName,
            ["Connectors:MicrosoftGraph:WatchEnabled"] = "false",
            ["Connectors:MicrosoftGraph:RetryDelaySeconds"] = "0",
        };
    }

    /// <summary>Trusts the fake's self-signed TLS certificate on the tenant's token requests, and nothing else.</summary>
    public static Action<IServiceCollection> TrustFakeTokenEndpoint(FakeGraphServer graph)
    {
        var thumbprint = graph.TlsCertificate.GetCertHashString();
        return services => services.AddHttpClient(GraphTenant.IdentityClientName(Tenant)).ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
        {
            SslOptions = new SslClientAuthenticationOptions
            {
                RemoteCertificateValidationCallback = (_, certificate, _, _) => certificate?.GetCertHashString() == thumbprint,
            },
        });
    }
}
