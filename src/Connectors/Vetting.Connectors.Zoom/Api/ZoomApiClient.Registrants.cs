using System.Net;
using System.Runtime.CompilerServices;
using Vetting.Connectors.Zoom.Throttling;
using Vetting.Core.Platforms;

namespace Vetting.Connectors.Zoom.Api;

/// <summary>Registrant listing: one status per call (the default is approved only), page size 300, restart on an expired page token.</summary>
internal sealed partial class ZoomApiClient
{
    private const int MaxListingRestarts = 3;

    /// <summary>
    /// Every registrant of the event (or occurrence) in <paramref name="status"/>, each once. When Zoom expires the page
    /// token mid-way (code 300, 15 minutes), the listing starts again and skips the ids already returned.
    /// </summary>
    public async IAsyncEnumerable<ZoomRegistrant> ListRegistrantsAsync(
        PlatformEventKind kind, long id, RegistrantStatus status, string? occurrenceId,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var segment = ZoomEventType.Segment(kind);
        var route = $"GET /{segment}/{{id}}/registrants";
        var statusValue = ZoomEventType.StatusValue(status);
        var path = $"{segment}/{id}/registrants?status={statusValue}"
            + (occurrenceId is null ? "" : "&occurrence_id=" + Uri.EscapeDataString(occurrenceId));
        var returned = new HashSet<string>(StringComparer.Ordinal);
        var seenTokens = new HashSet<string>(StringComparer.Ordinal);
        string? token = null;
        var restarts = 0;
        while (true)
        {
            var page = await TryGetRegistrantPageAsync(PagePath(path, token), route, token is not null, cancellationToken);
            if (page is null)
            {
                restarts++;
                if (restarts > MaxListingRestarts)
                {
                    throw new PlatformApiException(HttpStatusCode.BadRequest, "300",
                        $"Zoom account '{account.Name}' {route}: the page token expired {restarts} times while listing {statusValue} registrants of {id}.");
                }

                Log.PageTokenExpired(logger, account.Name, id.ToString(System.Globalization.CultureInfo.InvariantCulture), statusValue);
                token = null;
                seenTokens.Clear();
                continue;
            }

            foreach (var registrant in page.Registrants ?? [])
            {
                if (string.IsNullOrWhiteSpace(registrant?.Id))
                {
                    throw new PlatformApiException(HttpStatusCode.OK, null,
                        $"Zoom account '{account.Name}' {route} listed a {statusValue} registrant of {id} without an id; it could not be acted on.");
                }

                if (returned.Add(registrant.Id))
                {
                    yield return registrant;
                }
            }

            token = NextToken(page, seenTokens, route);
            if (token is null)
            {
                yield break;
            }
        }
    }

    /// <summary>A page, or null when Zoom refused the page token as invalid or expired (400, code 300).</summary>
    private async Task<ZoomRegistrantPage?> TryGetRegistrantPageAsync(string path, string route, bool withToken, CancellationToken cancellationToken)
    {
        try
        {
            return await GetJsonAsync(path, route, ZoomRateCategory.Medium, ZoomJsonContext.Default.ZoomRegistrantPage, cancellationToken);
        }
        catch (PlatformApiException ex) when (withToken && ex.StatusCode == HttpStatusCode.BadRequest && ex.PlatformCode == "300")
        {
            return null;
        }
    }
}
