using Microsoft.AspNetCore.Antiforgery;

namespace Vetting.Service.Auth;

/// <summary>
/// Requires an anti-forgery token on requests that change data when the caller is signed in with the session cookie
/// (a browser): the <c>X-CSRF-TOKEN</c> header or the form field from <c>GET /auth/antiforgery</c>. API-key requests
/// carry no ambient credential and need none.
/// </summary>
internal sealed class CookieAntiforgeryFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        var method = http.Request.Method;
        if (HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method) || HttpMethods.IsTrace(method)
            || http.User.Identity?.IsAuthenticated != true || VettingUser.IsApiKey(http.User))
        {
            return await next(context);
        }

        var antiforgery = http.RequestServices.GetRequiredService<IAntiforgery>();
        if (!await antiforgery.IsRequestValidAsync(http))
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status400BadRequest,
                title: "Missing or invalid anti-forgery token",
                detail: "A signed-in browser must send the token from GET /auth/antiforgery in the X-CSRF-TOKEN header or the __RequestVerificationToken form field.");
        }

        return await next(context);
    }
}
