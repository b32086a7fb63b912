using System.Diagnostics.CodeAnalysis;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Identity;
using Microsoft.Extensions.Options;
using Vetting.Connectors.Graph.Configuration;

namespace Vetting.Connectors.Graph;

/// <summary>
/// The configured tenants, built once from validated options, each with its app-only credential: a client secret or a
/// certificate, its token requests sent through the tenant's own named <see cref="HttpClient"/>.
/// </summary>
internal sealed class GraphTenantRegistry
{
    private static readonly HashSet<string> KnownAuthorityHosts = new(StringComparer.OrdinalIgnoreCase)
    {
        "login.microsoftonline.com", "login.microsoftonline.us", "login.chinacloudapi.cn", "login.partner.microsoftonline.cn",
    };

    private readonly Dictionary<string, GraphTenant> _tenants;

    public GraphTenantRegistry(IOptions<GraphConnectorOptions> options, IHttpClientFactory httpClientFactory)
    {
        _tenants = options.Value.Tenants.ToDictionary(
            kv => kv.Key,
            kv => new GraphTenant(kv.Key, kv.Value, CreateCredential(kv.Key, kv.Value, httpClientFactory)),
            StringComparer.OrdinalIgnoreCase);
        Names = [.. _tenants.Keys.Order(StringComparer.Ordinal)];
    }

    public IReadOnlyCollection<string> Names { get; }

    public IEnumerable<GraphTenant> All => _tenants.Values;

    public bool TryGet(string name, [NotNullWhen(true)] out GraphTenant? tenant) => _tenants.TryGetValue(name, out tenant);

    public GraphTenant Get(string name) =>
        TryGet(name, out var tenant)
            ? tenant
            : throw new ArgumentException($"No Microsoft Graph tenant named '{name}' is configured (known: {string.Join(", ", Names)}).", nameof(name));

    private static TokenCredential CreateCredential(string name, GraphTenantOptions options, IHttpClientFactory httpClientFactory)
    {
        var authority = new Uri(options.AuthorityHost);
        var transport = new HttpClientTransport(httpClientFactory.CreateClient(GraphTenant.IdentityClientName(name)));
        // MSAL validates unknown authority hosts against the public cloud's discovery endpoint; a private host has none.
        var disableDiscovery = !KnownAuthorityHosts.Contains(authority.Host);
        if (!string.IsNullOrWhiteSpace(options.ClientSecret))
        {
            return new ClientSecretCredential(options.TenantId, options.ClientId, options.ClientSecret, new ClientSecretCredentialOptions
            {
                AuthorityHost = authority,
                Transport = transport,
                DisableInstanceDiscovery = disableDiscovery,
            });
        }

        return new ClientCertificateCredential(options.TenantId, options.ClientId, options.CertificatePath, new ClientCertificateCredentialOptions
        {
            AuthorityHost = authority,
            Transport = transport,
            DisableInstanceDiscovery = disableDiscovery,
            SendCertificateChain = true,
        });
    }
}
