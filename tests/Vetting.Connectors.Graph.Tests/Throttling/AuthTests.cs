using System.Net;
using Vetting.Connectors.Graph.Tests.Support;
using Vetting.Core.Platforms;

namespace Vetting.Connectors.Graph.Tests.Throttling;

public sealed class AuthTests
{
    [Fact]
    public async Task Calls_ManyRequests_OneTokenFromEntraOverTls()
    {
        await using var harness = await GraphHarness.StartAsync(GraphScenarios.Basic(pageSize: 2));

        await harness.DiscoverAsync();
        await harness.ListAsync(GraphHarness.Ref(GraphScenarios.Webinar));

        Assert.Equal(1, harness.Graph.TokensIssued);
        Assert.All(harness.Graph.Requests.Where(r => r.Path.StartsWith("/v1.0/", StringComparison.Ordinal)),
            r => Assert.Equal(GraphScenarios.TenantId, r.Tenant));
    }

    [Fact]
    public async Task Calls_TokenNearExpiry_NewTokenFetched()
    {
        await using var harness = await GraphHarness.StartAsync(GraphScenarios.Basic() with { TokenLifetimeSeconds = 120 });

        await harness.ListAsync(GraphHarness.Ref(GraphScenarios.Webinar));
        await harness.ListAsync(GraphHarness.Ref(GraphScenarios.Webinar));

        // MSAL treats a token with less than five minutes left as expired: every Graph call gets a fresh one.
        var graphCalls = harness.Graph.Requests.Count(r => r.Path.StartsWith("/v1.0/", StringComparison.Ordinal));
        Assert.Equal(graphCalls, harness.Graph.TokensIssued);
        Assert.True(graphCalls >= 2);
    }

    [Fact]
    public async Task Calls_WrongSecret_ClearAuthenticationError()
    {
        await using var harness = await GraphHarness.StartAsync(GraphScenarios.Basic(), settings: new Dictionary<string, string?>
        {
            [$"Connectors:MicrosoftGraph:Tenants:{GraphHarness.Tenant}:ClientSecret"] = "not-the-secret",
        });

        var error = await Assert.ThrowsAsync<PlatformApiException>(() => harness.ListAsync(GraphHarness.Ref(GraphScenarios.Webinar)));

        Assert.Equal((HttpStatusCode.Unauthorized, "AuthenticationFailed"), (error.StatusCode, error.PlatformCode));
        Assert.Empty(harness.GraphRequests("GET", "/registrations"));
    }
}
