using Azure.Core;
using Microsoft.Graph.Authentication;
using Vetting.Connectors.Graph.Configuration;

namespace Vetting.Connectors.Graph;

/// <summary>One configured tenant at run time: its settings, its credential (with MSAL's token cache) and its URLs.</summary>
internal sealed class GraphTenant
{
    private const string PublicGraphScope = "https://graph.microsoft.com/.default";

    public GraphTenant(string name, GraphTenantOptions options, TokenCredential credential)
    {
        Name = name;
        Options = options;
        Credential = credential;
        GraphBaseUrl = options.GraphBaseUrl.TrimEnd('/');
        var graph = new Uri(GraphBaseUrl);
        // A loopback Graph is a test server: it takes tokens for the public Graph resource.
        Scope = graph.IsLoopback ? PublicGraphScope : $"https://{graph.Authority}/.default";
        NotificationUrl = string.IsNullOrWhiteSpace(options.NotificationUrl) ? null : new Uri(options.NotificationUrl);
        // Graph's built-in allowed hosts are its own, so a token would silently not be sent elsewhere (graph-api.md §5).
        AuthenticationProvider = new AzureIdentityAuthenticationProvider(credential, [graph.Host], null, true, Scope);
    }

    /// <summary>The configured name (for example <c>osce</c>): safe to log.</summary>
    public string Name { get; }

    public GraphTenantOptions Options { get; }

    public TokenCredential Credential { get; }

    public AzureIdentityAuthenticationProvider AuthenticationProvider { get; }

    /// <summary>The Graph root without a trailing slash, including <c>/v1.0</c>.</summary>
    public string GraphBaseUrl { get; }

    /// <summary>The app-only scope tokens are asked for.</summary>
    public string Scope { get; }

    /// <summary>Where Graph sends change and lifecycle notifications; null when the tenant is polled only.</summary>
    public Uri? NotificationUrl { get; }

    public static string ApiClientName(string tenant) => "Vetting.Graph.Api:" + tenant;

    public static string IdentityClientName(string tenant) => "Vetting.Graph.Identity:" + tenant;
}
