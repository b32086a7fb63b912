using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace Vetting.Testing.FakeGraph;

/// <summary>
/// The Entra side (TLS only): <c>POST /{tenant}/oauth2/v2.0/token</c> for the client-credentials grant with a client
/// secret or a certificate-signed client assertion (RS256 or PS256, checked against the app's certificate), plus the
/// metadata documents MSAL may read. Errors use Entra's <c>{"error":…,"error_description":…}</c> shape.
/// </summary>
public sealed partial class FakeGraphServer
{
    private async Task HandleEntraAsync(HttpContext context, string path)
    {
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var tenant = segments.Length > 0 ? Scenario.Tenants.FirstOrDefault(t => string.Equals(t.TenantId, segments[0], StringComparison.OrdinalIgnoreCase)) : null;
        if (segments is [_, "oauth2", "v2.0", "token"] && context.Request.Method == "POST")
        {
            await IssueTokenAsync(context, tenant);
            return;
        }

        if (segments is [_, "v2.0", ".well-known", "openid-configuration"] && tenant is not null)
        {
            var authority = $"https://{context.Request.Host}/{tenant.TenantId}";
            await WriteJsonAsync(context, new JsonObject
            {
                ["token_endpoint"] = authority + "/oauth2/v2.0/token",
                ["authorization_endpoint"] = authority + "/oauth2/v2.0/authorize",
                ["issuer"] = authority + "/v2.0",
            });
            return;
        }

        await WriteEntraErrorAsync(context, 404, "invalid_request", "AADSTS90002: no such endpoint in the fake.");
    }

    private async Task IssueTokenAsync(HttpContext context, FakeGraphTenant? tenant)
    {
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        if (tenant is null)
        {
            await WriteEntraErrorAsync(context, 400, "invalid_request", "AADSTS90002: Tenant not found.");
            return;
        }

        if (form["grant_type"] != "client_credentials" || form["client_id"] != tenant.ClientId)
        {
            await WriteEntraErrorAsync(context, 400, "unauthorized_client", "AADSTS700016: Application not found in the directory.");
            return;
        }

        var secretOk = tenant.ClientSecret is { } secret && form["client_secret"] == secret;
        var assertionOk = tenant.Certificate is { } certificate
            && form["client_assertion_type"] == "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"
            && VerifyAssertion(form["client_assertion"].ToString(), certificate, tenant.ClientId);
        if (!secretOk && !assertionOk)
        {
            await WriteEntraErrorAsync(context, 401, "invalid_client", "AADSTS7000215: Invalid client secret provided.");
            return;
        }

        var token = "fake-graph-" + Guid.NewGuid().ToString("N");
        lock (_gate)
        {
            _tokens[token] = (tenant, Clock.GetUtcNow().AddSeconds(Scenario.TokenLifetimeSeconds));
            TokensIssued++;
        }

        await WriteJsonAsync(context, new JsonObject
        {
            ["token_type"] = "Bearer",
            ["expires_in"] = Scenario.TokenLifetimeSeconds,
            ["ext_expires_in"] = Scenario.TokenLifetimeSeconds,
            ["access_token"] = token,
        });
    }

    /// <summary>Checks a client assertion JWT: signature by the certificate's key, and the app as issuer and subject.</summary>
    private static bool VerifyAssertion(string jwt, X509Certificate2 certificate, string clientId)
    {
        var parts = jwt.Split('.');
        if (parts.Length != 3)
        {
            return false;
        }

        try
        {
            using var header = JsonDocument.Parse(WebEncoders.Base64UrlDecode(parts[0]));
            using var payload = JsonDocument.Parse(WebEncoders.Base64UrlDecode(parts[1]));
            var padding = header.RootElement.GetProperty("alg").GetString() switch
            {
                "RS256" => RSASignaturePadding.Pkcs1,
                "PS256" => RSASignaturePadding.Pss,
                _ => null,
            };
            using var rsa = certificate.GetRSAPublicKey();
            return padding is not null && rsa is not null
                && payload.RootElement.GetProperty("iss").GetString() == clientId
                && payload.RootElement.GetProperty("sub").GetString() == clientId
                && rsa.VerifyData(Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]), WebEncoders.Base64UrlDecode(parts[2]), HashAlgorithmName.SHA256, padding);
        }
        catch (Exception ex) when (ex is JsonException or FormatException or KeyNotFoundException or InvalidOperationException)
        {
            return false;
        }
    }

    private static Task WriteEntraErrorAsync(HttpContext context, int status, string error, string description) =>
        WriteJsonAsync(context, new JsonObject { ["error"] = error, ["error_description"] = description, ["error_codes"] = new JsonArray() }, status);
}
