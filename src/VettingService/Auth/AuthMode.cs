namespace Vetting.Service.Auth;

/// <summary>How people sign in.</summary>
internal enum AuthMode
{
    /// <summary>Local accounts stored (hashed) in the data folder; the first admin is set up with a one-time token.</summary>
    Local,

    /// <summary>An OpenID Connect provider (Entra ID or any other); roles come from a configurable claim.</summary>
    Oidc,
}
