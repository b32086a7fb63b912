using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Vetting.Testing.FakeZoom;

/// <summary>Answer writers with Zoom's shapes (zoom-api.md §5).</summary>
public sealed partial class FakeZoomServer
{
    private static Task WriteJsonAsync(HttpContext context, int status, JsonNode body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(body.ToJsonString());
    }

    private static Task WriteErrorAsync(HttpContext context, int status, int code, string message, string? field = null)
    {
        var body = new JsonObject { ["code"] = code, ["message"] = message };
        if (field is not null)
        {
            body["errors"] = new JsonArray(new JsonObject { ["field"] = field, ["message"] = "Invalid field." });
        }

        return WriteJsonAsync(context, status, body);
    }

    private static Task WriteRawAsync(HttpContext context, int status, string body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(body);
    }

    private Task WriteRateLimitedAsync(HttpContext context, string category, string limitType, int limit, bool headers)
    {
        var now = RateClock.GetUtcNow();
        var daily = limitType == "Daily-limit";
        if (headers)
        {
            var retryAt = daily
                ? new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero).AddDays(1)
                : new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero).AddSeconds(Math.Floor(now.UtcDateTime.TimeOfDay.TotalSeconds) + 1);
            context.Response.Headers["X-RateLimit-Category"] = category;
            context.Response.Headers["X-RateLimit-Type"] = limitType;
            context.Response.Headers["X-RateLimit-Limit"] = limit.ToString(CultureInfo.InvariantCulture);
            context.Response.Headers["X-RateLimit-Remaining"] = "0";
            context.Response.Headers["Retry-After"] = retryAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        }

        var message = daily
            ? "You have reached the maximum daily rate limit for this API. Refer to the response header for details on when you can make another request. You may resume these requests at GMT 00:00:00."
            : "You have reached the maximum per-second rate limit for this API. Try again later.";
        return WriteErrorAsync(context, 429, 429, message);
    }

    private static string Iso(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
