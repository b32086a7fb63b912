using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Vetting.Service.Auth;

/// <summary>Signs in automation that sends an API key in the configured header. No header: no result (other schemes may answer).</summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<ApiKeyAuthenticationOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    LocalAccountStore accounts)
    : AuthenticationHandler<ApiKeyAuthenticationOptions>(options, logger, encoder)
{
    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(Options.HeaderName, out var values))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var record = values.Count == 1 ? accounts.VerifyApiKey(values[0]) : null;
        if (record is null)
        {
            AuthLog.ApiKeyRefused(Logger);
            return Task.FromResult(AuthenticateResult.Fail("the API key is unknown, revoked or malformed"));
        }

        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, record.ActorId),
                new Claim(ClaimTypes.Name, record.Name),
                new Claim(ClaimTypes.Role, record.Role),
            ],
            Scheme.Name,
            ClaimTypes.Name,
            ClaimTypes.Role);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name)));
    }
}
