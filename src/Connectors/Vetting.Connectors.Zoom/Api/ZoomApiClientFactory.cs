using Microsoft.Extensions.Logging;

namespace Vetting.Connectors.Zoom.Api;

/// <summary>Creates the typed client of an account on the account's own named <see cref="HttpClient"/> (its handlers and limits).</summary>
internal sealed class ZoomApiClientFactory(ZoomAccountRegistry accounts, IHttpClientFactory httpClientFactory, ILoggerFactory loggerFactory)
{
    public ZoomApiClient For(string account)
    {
        var zoomAccount = accounts.Get(account);
        return new ZoomApiClient(
            zoomAccount,
            httpClientFactory.CreateClient(ZoomAccount.ApiClientName(zoomAccount.Name)),
            loggerFactory.CreateLogger<ZoomApiClient>());
    }
}
