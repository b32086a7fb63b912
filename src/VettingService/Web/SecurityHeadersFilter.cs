using Microsoft.AspNetCore.Mvc.Filters;

namespace Vetting.Service.Web;

/// <summary>
/// Headers on every page: no script at all may run (names come from strangers; the pages need none), nothing is framed,
/// forms post only here, and no page with personal data is cached or sends a referrer.
/// </summary>
internal sealed class SecurityHeadersFilter : IResultFilter
{
    private const string Policy =
        "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    public void OnResultExecuting(ResultExecutingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.HttpContext.Response.HasStarted)
        {
            return; // a download the handler streamed itself (CSV export) has set its own headers
        }

        var headers = context.HttpContext.Response.Headers;
        headers.ContentSecurityPolicy = Policy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers.CacheControl = "no-store";
    }

    public void OnResultExecuted(ResultExecutedContext context)
    {
    }
}
