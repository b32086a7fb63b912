using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Vetting.Testing.FakeZoom;

/// <summary>The request pipeline: faults, token endpoint, bearer check, rate limits, then the API routes.</summary>
public sealed partial class FakeZoomServer
{
    private async Task DispatchAsync(HttpContext context, RequestOutcome outcome)
    {
        var method = context.Request.Method;
        var path = context.Request.Path.Value ?? "/";
        var fault = TakeFault(method, path);
        switch (fault?.Kind)
        {
            case FakeZoomFaultKind.Slow:
                await Task.Delay(fault.DelayMs, context.RequestAborted);
                fault = null;
                break;
            case FakeZoomFaultKind.DropConnection:
                outcome.Dropped = true;
                context.Abort();
                return;
            case FakeZoomFaultKind.ServerError:
                await WriteErrorAsync(context, fault.Status, fault.Status, "Internal server error (injected).");
                return;
            case FakeZoomFaultKind.RawBody when !path.StartsWith("/v2/", StringComparison.Ordinal):
                await WriteRawAsync(context, fault.Status is >= 200 and < 300 ? fault.Status : 200, fault.Body ?? "");
                return;
        }

        if (path == "/oauth/token")
        {
            await (method == "POST" ? IssueTokenAsync(context) : WriteErrorAsync(context, 405, 405, "Method not allowed."));
            return;
        }

        if (!path.StartsWith("/v2/", StringComparison.Ordinal))
        {
            await WriteErrorAsync(context, 404, 404, "Not found.");
            return;
        }

        var account = Authenticate(context.Request, out var token);
        if (account is null || fault?.Kind == FakeZoomFaultKind.ExpiredToken)
        {
            if (token is not null)
            {
                Revoke(token);
            }

            await WriteErrorAsync(context, 401, 124, "Invalid access token.");
            return;
        }

        outcome.Account = account.AccountId;
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries)[1..];
        var category = method == "GET" && segments.Length == 2 && segments[0] is "meetings" or "webinars" ? "Light" : "Medium";
        outcome.Category = category;
        var limit = FakeZoomRateLimiter.Limit(account.Plan, category);
        if (fault?.Kind is FakeZoomFaultKind.RateLimitQps or FakeZoomFaultKind.RateLimitDaily)
        {
            await WriteRateLimitedAsync(context, category, fault.Kind == FakeZoomFaultKind.RateLimitQps ? "QPS" : "Daily-limit", limit, fault.Headers);
            return;
        }

        if (Scenario.EnforceRateLimits)
        {
            var (allowed, limitType, remaining) = _limiter.TryTake(account.AccountId, account.Plan, category);
            if (!allowed)
            {
                await WriteRateLimitedAsync(context, category, limitType!, limit, Scenario.RateLimitHeaders);
                return;
            }

            context.Response.Headers["X-RateLimit-Category"] = category;
            context.Response.Headers["X-RateLimit-Limit"] = limit.ToString(CultureInfo.InvariantCulture);
            context.Response.Headers["X-RateLimit-Remaining"] = remaining.ToString(CultureInfo.InvariantCulture);
        }

        if (fault?.Kind == FakeZoomFaultKind.RawBody)
        {
            await WriteRawAsync(context, fault.Status is >= 200 and < 300 ? fault.Status : 200, fault.Body ?? "");
            return;
        }

        await RouteAsync(context, account, method, segments, noOpStatus: fault?.Kind == FakeZoomFaultKind.NoOpStatus);
        if (fault?.Kind == FakeZoomFaultKind.SlowAfterHandling)
        {
            try
            {
                await Task.Delay(fault.DelayMs, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                // The caller went away without the answer: exactly the case this fault is for.
            }
        }
    }

    private Task RouteAsync(HttpContext context, FakeZoomAccount account, string method, string[] segments, bool noOpStatus) =>
        (method, segments) switch
        {
            ("GET", ["users"]) => ListUsersAsync(context, account),
            ("GET", ["users", var user, "meetings" or "webinars"]) => ListEventsAsync(context, account, user, segments[2] == "webinars"),
            ("GET", ["meetings" or "webinars", var id]) => GetEventAsync(context, account, segments[0], id),
            ("GET", ["meetings" or "webinars", var id, "registrants"]) => ListRegistrantsAsync(context, account, segments[0], id),
            ("PUT", ["meetings" or "webinars", var id, "registrants", "status"]) => UpdateStatusAsync(context, account, segments[0], id, noOpStatus),
            _ => WriteErrorAsync(context, 404, 404, "No such API route in the fake."),
        };
}
