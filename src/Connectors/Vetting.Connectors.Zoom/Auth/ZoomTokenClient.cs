using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Vetting.Connectors.Zoom.Api;
using Vetting.Core.Platforms;

namespace Vetting.Connectors.Zoom.Auth;

/// <summary>
/// Fetches S2S OAuth tokens (<c>grant_type=account_credentials</c>): Basic client credentials, both parameters in the
/// form body (zoom-api.md §1). Uses the account's OAuth client, which has its own resilience handler for 5xx.
/// </summary>
internal sealed class ZoomTokenClient(IHttpClientFactory httpClientFactory, TimeProvider time, ILogger<ZoomTokenClient> logger)
{
    private static readonly TimeSpan RenewMargin = TimeSpan.FromSeconds(60);

    public async Task<ZoomAccessToken> RequestAsync(ZoomAccount account, CancellationToken cancellationToken)
    {
        var http = httpClientFactory.CreateClient(ZoomAccount.OAuthClientName(account.Name));
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(account.OAuthBaseUrl, "oauth/token"));
        var credentials = Encoding.UTF8.GetBytes($"{account.Options.ClientId}:{account.Options.ClientSecret}");
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(credentials));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        request.Content = new FormUrlEncodedContent(
        [
            new("grant_type", "account_credentials"),
            new("account_id", account.Options.AccountId),
        ]);
        var issuedAt = time.GetUtcNow();
        using var response = await http.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            var error = await ZoomErrorBody.ReadAsync(response, cancellationToken);
            Log.TokenRequestFailed(logger, account.Name, (int)response.StatusCode, error.Code);
            throw new PlatformApiException(
                response.StatusCode,
                error.Code,
                $"Zoom refused the access-token request of account '{account.Name}' (HTTP {(int)response.StatusCode}, {error}). "
                + $"Check AccountId, ClientId and ClientSecret under Connectors:Zoom:Accounts:{account.Name}, and that the app is activated.");
        }

        ZoomTokenResponse? body;
        try
        {
            body = await response.Content.ReadFromJsonAsync(ZoomJsonContext.Default.ZoomTokenResponse, cancellationToken);
        }
        catch (JsonException ex)
        {
            throw new PlatformApiException(response.StatusCode, null, $"Zoom's token answer for account '{account.Name}' is not JSON.", ex);
        }

        if (body is null || string.IsNullOrWhiteSpace(body.AccessToken) || body.ExpiresIn <= 0)
        {
            throw new PlatformApiException(response.StatusCode, null,
                $"Zoom's token answer for account '{account.Name}' has no access_token or no positive expires_in.");
        }

        var lifetime = TimeSpan.FromSeconds(body.ExpiresIn);
        var margin = lifetime / 2 < RenewMargin ? lifetime / 2 : RenewMargin;
        Log.TokenIssued(logger, account.Name, body.ExpiresIn);
        return new ZoomAccessToken(body.AccessToken, issuedAt + lifetime, issuedAt + lifetime - margin, AcceptableApiBase(body.ApiUrl));
    }

    /// <summary>A regional API host from <c>api_url</c>: https, or http on loopback only (a test server).</summary>
    private static Uri? AcceptableApiBase(string? apiUrl) =>
        Uri.TryCreate(apiUrl, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback))
            ? uri
            : null;
}
