using System.Net;
using Microsoft.Extensions.Logging;
using Vetting.Connectors.Zoom.Configuration;
using Vetting.Core.Platforms;

namespace Vetting.Connectors.Zoom.Throttling;

/// <summary>
/// Innermost handler of an account's API client: waits for the category's client-side bucket before every attempt,
/// and handles Zoom's 429 (zoom-api.md §4): a per-second refusal is sat out in-process (Retry-After as a date or
/// seconds, ≥1 s plus jitter with the QPS header, exponential without headers); a daily refusal, or any wait past
/// <see cref="ZoomConnectorOptions.MaxThrottleWait"/>, throws <see cref="PlatformThrottledException"/> for the job layer.
/// </summary>
internal sealed class ZoomThrottleHandler(
    ZoomAccount account,
    ZoomConnectorOptions options,
    TimeProvider time,
    ILogger<ZoomThrottleHandler> logger) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var category = ZoomRequestOptions.CategoryOf(request);
        var gate = account.Gate(category);
        var waited = TimeSpan.Zero;
        for (var attempt = 1; ; attempt++)
        {
            var reservation = gate.Reserve(options.MaxThrottleWait - waited);
            if (!reservation.IsGranted)
            {
                throw Throttled(category, reservation.Wait, reservation.IsDaily ? "Daily-limit" : "QPS");
            }

            if (reservation.Wait > TimeSpan.Zero)
            {
                await Task.Delay(reservation.Wait, time, cancellationToken);
                waited += reservation.Wait;
            }

            var response = await base.SendAsync(request, cancellationToken);
            if (response.StatusCode != HttpStatusCode.TooManyRequests)
            {
                return response;
            }

            using (response)
            {
                var refusal = await ZoomRateLimitRefusal.ReadAsync(response, time.GetUtcNow(), cancellationToken);
                var now = time.GetUtcNow();
                if (refusal.IsDaily)
                {
                    var until = refusal.RetryAt is { } at && at > now ? at : RateGate.NextUtcMidnight(now);
                    gate.PauseUntil(until, daily: true);
                    throw Throttled(category, until - now, "Daily-limit");
                }

                var wait = refusal.RetryAt is { } retryAt && retryAt > now
                    ? Max(retryAt - now, TimeSpan.FromSeconds(1))
                    : refusal.HasHeaders ? TimeSpan.FromSeconds(1) : TimeSpan.FromSeconds(Math.Pow(2, attempt - 1));
                wait += TimeSpan.FromMilliseconds(Random.Shared.Next(0, 1000));
                gate.PauseUntil(now + wait);
                Log.RateLimited(logger, account.Name, ZoomRequestOptions.RouteOf(request), ZoomRateLimits.HeaderName(category),
                    refusal.HasHeaders ? "QPS" : "unlabelled", refusal.TrackingId, (long)wait.TotalMilliseconds, attempt);
                if (attempt > options.MaxRateLimitRetries)
                {
                    throw Throttled(category, wait, $"QPS, refused {attempt} times in a row");
                }
            }
        }
    }

    private PlatformThrottledException Throttled(ZoomRateCategory category, TimeSpan wait, string limitType)
    {
        var name = ZoomRateLimits.HeaderName(category);
        Log.Throttled(logger, account.Name, name, (long)Math.Ceiling(wait.TotalSeconds), limitType);
        return new PlatformThrottledException(
            wait,
            $"Zoom account '{account.Name}' ({account.Plan} plan): {name} requests must wait {wait.TotalSeconds:0.#} s "
            + $"({limitType}), more than this process waits ({options.MaxThrottleWait.TotalSeconds:0.#} s). Reschedule the job.")
        {
            Limit = $"{name}/{limitType}",
        };
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
