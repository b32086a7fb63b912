using System.Net.Http.Headers;

namespace Vetting.Connectors.Graph.Http;

/// <summary>
/// How long Graph asks a throttled caller to wait: <c>Retry-After</c> in seconds or as an HTTP date (graph-api.md §6),
/// else the SDK's own back-off <c>delay·2^attempt</c>. Dates are measured against the injected clock.
/// </summary>
internal static class GraphRetryAfter
{
    public const string RetryAttemptHeader = "Retry-Attempt";

    /// <summary>The wait the response asks for; null when it names none.</summary>
    public static TimeSpan? Read(HttpResponseHeaders headers, DateTimeOffset now)
    {
        var retryAfter = headers.RetryAfter;
        if (retryAfter?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (retryAfter?.Date is { } date)
        {
            return date > now ? date - now : TimeSpan.Zero;
        }

        return null;
    }

    /// <summary>Reads <c>Retry-After</c> from a header dictionary (an SDK exception's), in seconds or as a date.</summary>
    public static TimeSpan? Read(IDictionary<string, IEnumerable<string>>? headers, DateTimeOffset now)
    {
        if (headers is null)
        {
            return null;
        }

        foreach (var (name, values) in headers)
        {
            if (string.Equals(name, "Retry-After", StringComparison.OrdinalIgnoreCase)
                && values.FirstOrDefault() is { } value
                && RetryConditionHeaderValue.TryParse(value, out var parsed))
            {
                return parsed.Delta ?? (parsed.Date is { } date ? (date > now ? date - now : TimeSpan.Zero) : null);
            }
        }

        return null;
    }

    /// <summary>The SDK's back-off when no Retry-After is given (Kiota RetryHandler: <c>delay·2^retryCount</c>).</summary>
    public static TimeSpan Backoff(int delaySeconds, int attempt) =>
        TimeSpan.FromSeconds(Math.Min(delaySeconds * Math.Pow(2, attempt), 180));

    /// <summary>The retry number the SDK put on the request (0 for the first try).</summary>
    public static int AttemptOf(HttpRequestMessage request) =>
        request.Headers.TryGetValues(RetryAttemptHeader, out var values) && int.TryParse(values.FirstOrDefault(), out var attempt) && attempt >= 0
            ? attempt
            : 0;
}
