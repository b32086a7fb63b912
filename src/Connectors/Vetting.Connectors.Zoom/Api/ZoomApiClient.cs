using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;
using Vetting.Connectors.Zoom.Throttling;
using Vetting.Core.Platforms;

namespace Vetting.Connectors.Zoom.Api;

/// <summary>
/// Typed Zoom REST client of one account. Paths are relative to the account's API base; the handlers below add the
/// token, the rate limits and the retries. Failures surface as <see cref="PlatformApiException"/> with Zoom's code.
/// </summary>
internal sealed partial class ZoomApiClient(ZoomAccount account, HttpClient http, ILogger<ZoomApiClient> logger)
{
    /// <summary>The documented maximum page size (zoom-api.md §0).</summary>
    public const int PageSize = 300;

    /// <summary>The documented maximum of registrants per status update (zoom-api.md §2.4).</summary>
    public const int MaxStatusBatch = 30;

    private const long MaxAnswerBytes = 32L * 1024 * 1024;

    public ZoomAccount Account => account;

    public IAsyncEnumerable<ZoomUser> ListActiveUsersAsync(CancellationToken cancellationToken) =>
        PagesAsync<ZoomUserPage, ZoomUser>("users?status=active", "GET /users", ZoomJsonContext.Default.ZoomUserPage, cancellationToken);

    public IAsyncEnumerable<ZoomEventSummary> ListUpcomingAsync(PlatformEventKind kind, string userId, CancellationToken cancellationToken)
    {
        var path = $"users/{Uri.EscapeDataString(userId)}/{ZoomEventType.Segment(kind)}?type=upcoming";
        return kind == PlatformEventKind.Webinar
            ? PagesAsync<ZoomWebinarPage, ZoomEventSummary>(path, "GET /users/{userId}/webinars", ZoomJsonContext.Default.ZoomWebinarPage, cancellationToken)
            : PagesAsync<ZoomMeetingPage, ZoomEventSummary>(path, "GET /users/{userId}/meetings", ZoomJsonContext.Default.ZoomMeetingPage, cancellationToken);
    }

    public async Task<ZoomEventDetail> GetEventAsync(PlatformEventKind kind, long id, CancellationToken cancellationToken)
    {
        var segment = ZoomEventType.Segment(kind);
        return await GetJsonAsync(
            $"{segment}/{id}", $"GET /{segment}/{{id}}", ZoomRateCategory.Light, ZoomJsonContext.Default.ZoomEventDetail, cancellationToken);
    }

    /// <summary>Sets the status of up to <see cref="MaxStatusBatch"/> registrants; Zoom answers 204.</summary>
    public async Task UpdateStatusAsync(
        PlatformEventKind kind, long id, string? occurrenceId, PlatformActionKind action, IReadOnlyList<ZoomRegistrantRef> registrants,
        CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(registrants.Count, MaxStatusBatch);
        var segment = ZoomEventType.Segment(kind);
        var route = $"PUT /{segment}/{{id}}/registrants/status";
        var path = $"{segment}/{id}/registrants/status" + (occurrenceId is null ? "" : "?occurrence_id=" + Uri.EscapeDataString(occurrenceId));
        using var request = NewRequest(HttpMethod.Put, path, route, ZoomRateCategory.Medium);
        request.Content = JsonContent.Create(
            new ZoomStatusUpdate(ZoomEventType.ActionValue(action), registrants), ZoomJsonContext.Default.ZoomStatusUpdate);
        using var response = await http.SendAsync(request, cancellationToken);
        await EnsureSuccessAsync(response, route, cancellationToken);
    }

    private async IAsyncEnumerable<T> PagesAsync<TPage, T>(
        string pathAndQuery, string route, JsonTypeInfo<TPage> pageInfo, [EnumeratorCancellation] CancellationToken cancellationToken)
        where TPage : ZoomPage<T>
    {
        var seenTokens = new HashSet<string>(StringComparer.Ordinal);
        string? token = null;
        while (true)
        {
            var page = await GetJsonAsync(PagePath(pathAndQuery, token), route, ZoomRateCategory.Medium, pageInfo, cancellationToken);
            foreach (var item in page.Items ?? [])
            {
                yield return item;
            }

            token = NextToken(page, seenTokens, route);
            if (token is null)
            {
                yield break;
            }
        }
    }

    /// <summary>The next page token, or null at the end; a token seen before would loop forever and is refused.</summary>
    private string? NextToken<T>(ZoomPage<T> page, HashSet<string> seenTokens, string route) =>
        string.IsNullOrEmpty(page.NextPageToken) ? null
        : seenTokens.Add(page.NextPageToken) ? page.NextPageToken
        : throw new PlatformApiException(HttpStatusCode.OK, null,
            $"Zoom account '{account.Name}' {route} returned a page token it had returned before; stopped to avoid a loop.");

    private static string PagePath(string pathAndQuery, string? pageToken) =>
        pathAndQuery + (pathAndQuery.Contains('?', StringComparison.Ordinal) ? "&" : "?") + $"page_size={PageSize}"
        + (pageToken is null ? "" : "&next_page_token=" + Uri.EscapeDataString(pageToken));

    private async Task<T> GetJsonAsync<T>(
        string path, string route, ZoomRateCategory category, JsonTypeInfo<T> info, CancellationToken cancellationToken)
    {
        using var request = NewRequest(HttpMethod.Get, path, route, category);
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        await EnsureSuccessAsync(response, route, cancellationToken);
        try
        {
            await using var body = new BoundedReadStream(await response.Content.ReadAsStreamAsync(cancellationToken), MaxAnswerBytes);
            return await JsonSerializer.DeserializeAsync(body, info, cancellationToken)
                ?? throw new JsonException("The answer is JSON null.");
        }
        catch (Exception ex) when (ex is JsonException or InvalidDataException)
        {
            throw new PlatformApiException(response.StatusCode, null,
                $"Zoom account '{account.Name}' {route} answered with a body that is not the documented shape: {ex.Message}", ex)
            {
                TrackingId = TrackingId(response),
            };
        }
    }

    private HttpRequestMessage NewRequest(HttpMethod method, string path, string route, ZoomRateCategory category)
    {
        var request = new HttpRequestMessage(method, new Uri(account.ApiBaseUrl, path));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        request.Options.Set(ZoomRequestOptions.Category, category);
        request.Options.Set(ZoomRequestOptions.Route, route);
        return request;
    }

    private async Task EnsureSuccessAsync(HttpResponseMessage response, string route, CancellationToken cancellationToken)
    {
        var trackingId = TrackingId(response);
        Log.Response(logger, account.Name, route, (int)response.StatusCode, trackingId);
        if (response.IsSuccessStatusCode)
        {
            return;
        }

        var error = await ZoomErrorBody.ReadAsync(response, cancellationToken);
        Log.ApiError(logger, account.Name, route, (int)response.StatusCode, error.Code, trackingId);
        throw new PlatformApiException(response.StatusCode, error.Code,
            $"Zoom account '{account.Name}' {route} failed with HTTP {(int)response.StatusCode} ({error}).")
        {
            TrackingId = trackingId,
        };
    }

    private static string? TrackingId(HttpResponseMessage response) =>
        response.Headers.TryGetValues("x-zm-trackingid", out var values) ? values.FirstOrDefault() : null;
}
