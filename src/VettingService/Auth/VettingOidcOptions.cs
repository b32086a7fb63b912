using System.ComponentModel.DataAnnotations;

namespace Vetting.Service.Auth;

/// <summary>OpenID Connect settings (<c>Vetting:Auth:Oidc</c>). The client secret comes from the environment or a secret store.</summary>
internal sealed class VettingOidcOptions
{
    /// <summary>The provider's issuer, e.g. <c>https://login.microsoftonline.com/{tenant}/v2.0</c>.</summary>
    [Url, MaxLength(2048)]
    public string? Authority { get; set; }

    [MaxLength(256)]
    public string? ClientId { get; set; }

    /// <summary>Keep it out of appsettings files: <c>Vetting__Auth__Oidc__ClientSecret</c>.</summary>
    [MaxLength(1024)]
    public string? ClientSecret { get; set; }

    /// <summary>Where the provider sends the user back (register it with the provider).</summary>
    [Required, MaxLength(200), RegularExpression("^/[A-Za-z0-9/_-]*$")]
    public string CallbackPath { get; set; } = "/signin-oidc";

    /// <summary>The claim that holds the user's roles (Entra app roles: <c>roles</c>; Keycloak, Okta: often <c>groups</c>).</summary>
    [Required, MaxLength(200)]
    public string RoleClaim { get; set; } = "roles";

    /// <summary>The claim that identifies the user in decisions and the audit log. Must not be an e-mail address (Entra: <c>oid</c>).</summary>
    [Required, MaxLength(200)]
    public string UserIdClaim { get; set; } = "sub";

    /// <summary>The claim shown as the user's name in the UI (never written to the audit log).</summary>
    [Required, MaxLength(200)]
    public string NameClaim { get; set; } = "name";

    /// <summary>Role-claim value that makes an admin.</summary>
    [Required, MaxLength(200)]
    public string AdminValue { get; set; } = "admin";

    /// <summary>Role-claim value that makes a reviewer.</summary>
    [Required, MaxLength(200)]
    public string ReviewerValue { get; set; } = "reviewer";

    /// <summary>Role-claim value that makes a viewer.</summary>
    [Required, MaxLength(200)]
    public string ViewerValue { get; set; } = "viewer";

    /// <summary>Whether the authority must be HTTPS (turn off only for a local test provider).</summary>
    public bool RequireHttpsMetadata { get; set; } = true;
}
