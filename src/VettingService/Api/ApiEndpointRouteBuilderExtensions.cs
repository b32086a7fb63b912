using Vetting.Service.Auth;

namespace Vetting.Service.Api;

internal static class ApiEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps <c>/api/*</c> (every endpoint needs a signed-in role: viewer to read, reviewer to decide, admin for settings),
    /// <c>/auth/*</c> (sign-in, first-run setup) and the OpenAPI document at <c>/openapi/v1.json</c> (viewer).
    /// Browser sessions must send an anti-forgery token on requests that change data; API keys need none.
    /// </summary>
    public static IEndpointRouteBuilder MapVettingApi(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapOpenApi("/openapi/{documentName}.json").RequireAuthorization(VettingRoles.ViewerPolicy);
        endpoints.MapAuth();
        var api = endpoints.MapGroup("/api")
            .RequireAuthorization(VettingRoles.ViewerPolicy)
            .AddEndpointFilter<CookieAntiforgeryFilter>()
            .AddEndpointFilter<ApiErrorFilter>();
        api.MapEvents()
            .MapRegistrants()
            .MapFlags()
            .MapReleases()
            .MapClearances()
            .MapWatchlists()
            .MapScreenings()
            .MapAudit()
            .MapAccounts()
            .MapUsers()
            .MapApiKeys();
        return endpoints;
    }
}
