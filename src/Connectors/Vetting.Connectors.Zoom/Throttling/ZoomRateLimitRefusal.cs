namespace Vetting.Connectors.Zoom.Throttling;

/// <summary>What a 429 from Zoom says: which limit, and until when. Headers can be missing (zoom-api.md §8.8).</summary>
internal sealed record ZoomRateLimitRefusal(bool IsDaily, bool HasHeaders, DateTimeOffset? RetryAt, string? TrackingId)
{
    public static async Task<ZoomRateLimitRefusal> ReadAsync(HttpResponseMessage response, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var type = Header(response, "X-RateLimit-Type");
        var hasHeaders = type is not null || Header(response, "X-RateLimit-Category") is not null;
        var retryAt = response.Headers.RetryAfter switch
        {
            { Date: { } date } => date,
            { Delta: { } delta } => now + delta,
            _ => (DateTimeOffset?)null,
        };
        var isDaily = string.Equals(type, "Daily-limit", StringComparison.OrdinalIgnoreCase);
        if (!isDaily && type is null)
        {
            // No headers: Zoom's daily message ends "…You may resume these requests at GMT 00:00:00."
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            isDaily = body.Contains("daily", StringComparison.OrdinalIgnoreCase);
        }

        return new ZoomRateLimitRefusal(isDaily, hasHeaders, retryAt, Header(response, "x-zm-trackingid"));
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;
}
