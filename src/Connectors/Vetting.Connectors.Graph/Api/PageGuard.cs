using System.Net;
using Vetting.Core.Platforms;

namespace Vetting.Connectors.Graph.Api;

/// <summary>
/// Checks each <c>@odata.nextLink</c> before it is followed: absolute, on the tenant's own Graph scheme and host (a link
/// elsewhere would receive the request, and the token is withheld from other hosts anyway), never repeated, and at most
/// <see cref="MaxPages"/> pages, so a hostile or broken server cannot make a listing loop.
/// </summary>
internal sealed class PageGuard(GraphTenant tenant, string listing)
{
    public const int MaxPages = 10_000;

    private readonly Uri _graph = new(tenant.GraphBaseUrl);
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);

    /// <summary>The link to follow, or null when this was the last page.</summary>
    public string? Next(string? nextLink)
    {
        if (string.IsNullOrEmpty(nextLink))
        {
            return null;
        }

        if (!Uri.TryCreate(nextLink, UriKind.Absolute, out var uri)
            || !string.Equals(uri.Scheme, _graph.Scheme, StringComparison.OrdinalIgnoreCase)
            || !string.Equals(uri.Authority, _graph.Authority, StringComparison.OrdinalIgnoreCase))
        {
            throw Refuse("an @odata.nextLink that is not an absolute URL on the tenant's Graph host");
        }

        if (!_seen.Add(nextLink))
        {
            throw Refuse("the same @odata.nextLink twice (the listing would never end)");
        }

        return _seen.Count >= MaxPages ? throw Refuse($"more than {MaxPages} pages") : nextLink;
    }

    private PlatformApiException Refuse(string what) =>
        new(HttpStatusCode.OK, "InvalidNextLink", $"Microsoft Graph (tenant '{tenant.Name}') answered the {listing} listing with {what}; stopped.");
}
