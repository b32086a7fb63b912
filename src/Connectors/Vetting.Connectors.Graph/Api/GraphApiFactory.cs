using Microsoft.Extensions.Logging;
using Microsoft.Graph;

namespace Vetting.Connectors.Graph.Api;

/// <summary>Creates a tenant's <see cref="GraphApi"/> on the tenant's own named <see cref="HttpClient"/> (its handlers, retries and token).</summary>
internal sealed class GraphApiFactory(GraphTenantRegistry tenants, IHttpClientFactory httpClientFactory, TimeProvider time, ILoggerFactory loggerFactory)
{
    public GraphApi For(string tenant) => For(tenants.Get(tenant));

    public GraphApi For(GraphTenant tenant)
    {
        var client = new GraphServiceClient(
            httpClientFactory.CreateClient(GraphTenant.ApiClientName(tenant.Name)), tenant.AuthenticationProvider, tenant.GraphBaseUrl);
        return new GraphApi(tenant, client, time, loggerFactory.CreateLogger<GraphApi>());
    }
}
