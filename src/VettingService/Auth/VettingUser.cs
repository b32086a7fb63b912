using System.Security.Claims;

namespace Vetting.Service.Auth;

/// <summary>Reads who is acting from a signed-in principal.</summary>
internal static class VettingUser
{
    /// <summary>
    /// The id recorded in decisions and the audit log: the local user name, the provider's user id claim, or
    /// <c>apikey-{id}</c>. Never an e-mail address.
    /// </summary>
    public static string Id(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.FindFirstValue(ClaimTypes.NameIdentifier) is { Length: > 0 } id
            ? id
            : throw new InvalidOperationException("the principal has no user id claim");
    }

    /// <summary>admin, reviewer or viewer; empty when none.</summary>
    public static string Role(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return VettingRoles.Highest(user.FindAll(ClaimTypes.Role).Select(c => c.Value));
    }

    /// <summary>True when the request was authenticated with an API key (no cookie, so no anti-forgery token needed).</summary>
    public static bool IsApiKey(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.Identities.Any(i => i.IsAuthenticated && i.AuthenticationType == VettingSchemes.ApiKey);
    }

    internal static ClaimsPrincipal Principal(string userId, string displayName, string role) =>
        new(new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, userId),
                new Claim(ClaimTypes.Name, displayName),
                new Claim(ClaimTypes.Role, role),
            ],
            VettingSchemes.Cookie,
            ClaimTypes.Name,
            ClaimTypes.Role));
}
