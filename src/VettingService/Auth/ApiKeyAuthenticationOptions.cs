using Microsoft.AspNetCore.Authentication;

namespace Vetting.Service.Auth;

internal sealed class ApiKeyAuthenticationOptions : AuthenticationSchemeOptions
{
    public string HeaderName { get; set; } = "X-Api-Key";
}
