using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace Vetting.Service.Auth;

/// <summary>Sign-in, sessions and API keys (<c>Vetting:Auth</c>).</summary>
internal sealed class VettingAuthOptions
{
    public const string SectionName = "Vetting:Auth";

    /// <summary><c>Local</c> (default: accounts in the data folder) or <c>Oidc</c>.</summary>
    [EnumDataType(typeof(AuthMode))]
    public AuthMode Mode { get; set; } = AuthMode.Local;

    /// <summary>Minutes a sign-in lasts (absolute, not sliding); then the user signs in again. Default 480 (a working day).</summary>
    [Range(5, 1440)]
    public int SessionMinutes { get; set; } = 480;

    /// <summary>The request header automation sends its API key in.</summary>
    [Required, MaxLength(64), RegularExpression("^[A-Za-z0-9-]+$")]
    public string ApiKeyHeader { get; set; } = "X-Api-Key";

    /// <summary>Failed local sign-ins in a row before the account is locked for <see cref="LockoutMinutes"/>.</summary>
    [Range(3, 100)]
    public int MaxFailedSignIns { get; set; } = 5;

    [Range(1, 1440)]
    public int LockoutMinutes { get; set; } = 15;

    /// <summary>Shortest local password accepted.</summary>
    [Range(8, 128)]
    public int MinPasswordLength { get; set; } = 12;

    [ValidateObjectMembers]
    public VettingOidcOptions Oidc { get; set; } = new();
}
