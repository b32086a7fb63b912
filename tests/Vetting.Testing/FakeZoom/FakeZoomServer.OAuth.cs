using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Vetting.Testing.FakeZoom;

/// <summary><c>POST /oauth/token</c> (account_credentials, zoom-api.md §1) and the bearer check of API calls.</summary>
public sealed partial class FakeZoomServer
{
    private readonly Dictionary<string, (FakeZoomAccount Account, DateTimeOffset ExpiresAt)> _tokens = new(StringComparer.Ordinal);
    private int _tokensIssued;

    /// <summary>How many access tokens the fake has issued.</summary>
    public int TokensIssued => Volatile.Read(ref _tokensIssued);

    /// <summary>Makes every issued token invalid at once (as if Zoom revoked them).</summary>
    public void ExpireAllTokens()
    {
        lock (_gate)
        {
            _tokens.Clear();
        }
    }

    private async Task IssueTokenAsync(HttpContext context)
    {
        var request = context.Request;
        var (clientId, clientSecret) = BasicCredentials(request.Headers.Authorization.ToString());
        var form = request.HasFormContentType ? await request.ReadFormAsync() : null;
        string? Param(string name) =>
            form?[name].FirstOrDefault() is { Length: > 0 } fromBody ? fromBody
            : Scenario.AcceptQueryCredentials ? request.Query[name].FirstOrDefault() : null;

        var account = Scenario.Accounts.FirstOrDefault(a => a.ClientId == clientId && a.ClientSecret == clientSecret);
        if (clientId is null || account is null)
        {
            await WriteJsonAsync(context, 401, new JsonObject { ["reason"] = "Invalid client_id or client_secret", ["error"] = "invalid_client" });
            return;
        }

        var grant = Param("grant_type");
        if (grant is null)
        {
            await WriteJsonAsync(context, 400, new JsonObject { ["reason"] = "Missing grant type", ["error"] = "invalid_request" });
            return;
        }

        if (grant != "account_credentials")
        {
            await WriteJsonAsync(context, 400, new JsonObject { ["reason"] = "Unsupported grant type", ["error"] = "unsupported_grant_type" });
            return;
        }

        if (Param("account_id") != account.AccountId)
        {
            await WriteJsonAsync(context, 400, new JsonObject { ["reason"] = "Invalid request : Bad Request", ["error"] = "invalid_request" });
            return;
        }

        var token = "fake." + Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).Replace('+', '-').Replace('/', '_');
        lock (_gate)
        {
            _tokens[token] = (account, Clock.GetUtcNow().AddSeconds(Scenario.TokenLifetimeSeconds));
        }

        Interlocked.Increment(ref _tokensIssued);
        var body = new JsonObject
        {
            ["access_token"] = token,
            ["token_type"] = "bearer",
            ["expires_in"] = Scenario.TokenLifetimeSeconds,
            ["scope"] = "meeting:read:list_registrants:admin meeting:update:registrant_status:admin webinar:read:list_registrants:admin",
        };
        if (account.ApiUrl is { } apiUrl)
        {
            body["api_url"] = apiUrl == "self" ? OAuthBaseUrl : apiUrl;
        }

        await WriteJsonAsync(context, 200, body);
    }

    /// <summary>The account of a valid bearer token, or null (expired, unknown or missing).</summary>
    private FakeZoomAccount? Authenticate(HttpRequest request, out string? token)
    {
        var header = request.Headers.Authorization.ToString();
        token = header.StartsWith("Bearer ", StringComparison.Ordinal) ? header["Bearer ".Length..] : null;
        lock (_gate)
        {
            return token is not null && _tokens.TryGetValue(token, out var entry) && entry.ExpiresAt > Clock.GetUtcNow() ? entry.Account : null;
        }
    }

    private void Revoke(string token)
    {
        lock (_gate)
        {
            _tokens.Remove(token);
        }
    }

    private static (string? ClientId, string? Secret) BasicCredentials(string header)
    {
        if (!header.StartsWith("Basic ", StringComparison.Ordinal))
        {
            return (null, null);
        }

        try
        {
            var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(header["Basic ".Length..]));
            var colon = decoded.IndexOf(':', StringComparison.Ordinal);
            return colon < 0 ? (null, null) : (decoded[..colon], decoded[(colon + 1)..]);
        }
        catch (FormatException)
        {
            return (null, null);
        }
    }
}
