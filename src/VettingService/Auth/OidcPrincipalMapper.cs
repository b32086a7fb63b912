using System.Security.Claims;

namespace Vetting.Service.Auth;

/// <summary>
/// Turns the provider's principal into ours: the configured user-id claim as the id (never an e-mail address), the
/// configured name claim for display, and one role from the configured role claim's values. No role: no access.
/// </summary>
internal static class OidcPrincipalMapper
{
    public static ClaimsPrincipal? Map(ClaimsPrincipal external, VettingOidcOptions options, out string problem)
    {
        ArgumentNullException.ThrowIfNull(external);
        ArgumentNullException.ThrowIfNull(options);
        var userId = external.FindFirst(options.UserIdClaim)?.Value;
        if (string.IsNullOrWhiteSpace(userId) || userId.Length > 190 || userId.Contains('@', StringComparison.Ordinal))
        {
            problem = $"the '{options.UserIdClaim}' claim is missing, too long or an e-mail address; configure Vetting:Auth:Oidc:UserIdClaim (Entra: oid)";
            return null;
        }

        var values = external.FindAll(options.RoleClaim).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        var roles = new List<string>();
        if (values.Contains(options.AdminValue))
        {
            roles.Add(VettingRoles.Admin);
        }

        if (values.Contains(options.ReviewerValue))
        {
            roles.Add(VettingRoles.Reviewer);
        }

        if (values.Contains(options.ViewerValue))
        {
            roles.Add(VettingRoles.Viewer);
        }

        if (roles.Count == 0)
        {
            problem = $"the user has none of the configured values in the '{options.RoleClaim}' claim";
            return null;
        }

        problem = "";
        var name = external.FindFirst(options.NameClaim)?.Value is { Length: > 0 } shown ? shown : userId;
        return VettingUser.Principal("oidc-" + userId, name, VettingRoles.Highest(roles));
    }
}
