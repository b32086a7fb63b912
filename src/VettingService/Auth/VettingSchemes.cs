namespace Vetting.Service.Auth;

/// <summary>Authentication scheme names.</summary>
internal static class VettingSchemes
{
    /// <summary>The default: forwards to <see cref="ApiKey"/> when the API key header is present, else to <see cref="Cookie"/>.</summary>
    public const string Default = "Vetting";

    public const string Cookie = "VettingCookie";

    public const string ApiKey = "VettingApiKey";

    public const string Oidc = "VettingOidc";
}
