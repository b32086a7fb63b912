using System.Globalization;

namespace Vetting.Connectors.Zoom.Throttling;

/// <summary>What a 429 from Zoom says: which limit, and until when. Headers can be missing (zoom-api.md §8.8).</summary>
internal sealed record ZoomRateLimitRefusal(bool IsDaily, bool HasHeaders, DateTimeOffset? RetryAt, string? TrackingId)
{
    public static async Task<ZoomRateLimitRefusal> ReadAsync(HttpResponseMessage response, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var type = Header(response, "X-RateLimit-Type");
        var hasHeaders = type is not null || Header(response, "X-RateLimit-Category") is not null;
        var retryAt = ParseRetryAfter(Header(response, "Retry-After"), now);
        var isDaily = string.Equals(type, "Daily-limit", StringComparison.OrdinalIgnoreCase);
        if (!isDaily && type is null)
        {
            // No headers: Zoom's daily message ends "…You may resume these requests at GMT 00:00:00."
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            isDaily = body.Contains("daily", StringComparison.OrdinalIgnoreCase);
        }

        return new ZoomRateLimitRefusal(isDaily, hasHeaders, retryAt, Header(response, "x-zm-trackingid"));
    }

    /// <summary>
    /// Zoom sends an ISO-8601 time (<c>2026-03-03T00:00:00Z</c>), which HTTP's own date parser rejects; an HTTP date
    /// or a number of seconds are read too. Anything else counts as missing.
    /// </summary>
    public static DateTimeOffset? ParseRetryAfter(string? value, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return now + TimeSpan.FromSeconds(seconds);
        }

        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at : null;
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.NonValidated.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;
}
