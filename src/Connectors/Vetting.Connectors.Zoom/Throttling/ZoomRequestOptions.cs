namespace Vetting.Connectors.Zoom.Throttling;

/// <summary>Per-request settings carried in <see cref="HttpRequestMessage.Options"/> from the client to the handlers.</summary>
internal static class ZoomRequestOptions
{
    /// <summary>The rate-limit category of the call; Medium when not set.</summary>
    public static readonly HttpRequestOptionsKey<ZoomRateCategory> Category = new("Vetting.Zoom.RateCategory");

    /// <summary>The route template (for example <c>GET /meetings/{id}/registrants</c>) for logs: never the path, which may hold an e-mail.</summary>
    public static readonly HttpRequestOptionsKey<string> Route = new("Vetting.Zoom.Route");

    public static string RouteOf(HttpRequestMessage request) =>
        request.Options.TryGetValue(Route, out var route) ? route : request.Method.Method + " (unnamed route)";

    public static ZoomRateCategory CategoryOf(HttpRequestMessage request) =>
        request.Options.TryGetValue(Category, out var category) ? category : ZoomRateCategory.Medium;
}
