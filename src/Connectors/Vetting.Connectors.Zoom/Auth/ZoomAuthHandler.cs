using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Logging;
using Vetting.Connectors.Zoom.Api;
using Vetting.Connectors.Zoom.Throttling;
using Vetting.Core.Platforms;

namespace Vetting.Connectors.Zoom.Auth;

/// <summary>
/// Puts the account's bearer token on every attempt. On a 401 (code 124, expired or invalid token) it renews the
/// token once and resends once; a second 401 fails with a clear <see cref="PlatformApiException"/>.
/// </summary>
internal sealed class ZoomAuthHandler(ZoomAccount account, ZoomTokenCache tokens, ILogger<ZoomAuthHandler> logger) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var token = await tokens.GetAsync(account, cancellationToken);
        var response = await SendWithAsync(request, token, cancellationToken);
        if (response.StatusCode != HttpStatusCode.Unauthorized)
        {
            return response;
        }

        var route = ZoomRequestOptions.RouteOf(request);
        using (response)
        {
            var first = await ZoomErrorBody.ReadAsync(response, cancellationToken);
            Log.TokenRejected(logger, account.Name, route, first.Code);
        }

        tokens.Invalidate(account, token);
        token = await tokens.GetAsync(account, cancellationToken);
        response = await SendWithAsync(request, token, cancellationToken);
        if (response.StatusCode != HttpStatusCode.Unauthorized)
        {
            return response;
        }

        using (response)
        {
            var second = await ZoomErrorBody.ReadAsync(response, cancellationToken);
            Log.TokenRejectedTwice(logger, account.Name, route, second.Code);
            throw new PlatformApiException(
                HttpStatusCode.Unauthorized,
                second.Code,
                $"Zoom account '{account.Name}' rejected a freshly issued access token on {route} ({second}); the token was "
                + "renewed once. Check that the Server-to-Server OAuth app is activated and has the required scopes.");
        }
    }

    private Task<HttpResponseMessage> SendWithAsync(HttpRequestMessage request, ZoomAccessToken token, CancellationToken cancellationToken)
    {
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.Value);
        if (account.UsesDefaultApiHost && token.ApiBase is { } regional && request.RequestUri is { } uri
            && string.Equals(uri.Host, account.ApiBaseUrl.Host, StringComparison.OrdinalIgnoreCase))
        {
            request.RequestUri = new UriBuilder(uri) { Scheme = regional.Scheme, Host = regional.Host, Port = regional.Port }.Uri;
        }

        return base.SendAsync(request, cancellationToken);
    }
}
