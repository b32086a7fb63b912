using Microsoft.AspNetCore.Http.Features;
using Vetting.Connectors.Zoom.Webhooks;

namespace Vetting.Service.Webhooks;

/// <summary>
/// <c>POST /webhooks/zoom/{account}</c>: Zoom's event subscription endpoint, one per configured account (its secret
/// token verifies the signature). Reads the raw body, lets <see cref="ZoomWebhookReceiver"/> verify it and queue the
/// ids for screening, and answers at once; screening happens off the request.
/// </summary>
internal static class ZoomWebhookEndpoints
{
    public const string Route = "/webhooks/zoom/{account}";

    public static IEndpointRouteBuilder MapZoomWebhooks(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapPost(Route, ReceiveAsync)
            .WithName("ZoomWebhook")
            .AllowAnonymous()
            .DisableAntiforgery();
        return endpoints;
    }

    private static async Task<IResult> ReceiveAsync(string account, HttpRequest request, ZoomWebhookReceiver receiver, CancellationToken cancellationToken)
    {
        if (request.ContentLength > ZoomWebhookReceiver.MaxBodyBytes)
        {
            return TypedResults.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = ZoomWebhookReceiver.MaxBodyBytes + 1L;
        }

        using var body = new MemoryStream();
        try
        {
            await request.Body.CopyToAsync(body, cancellationToken);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TypedResults.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        var response = receiver.Receive(
            account,
            body.GetBuffer().AsMemory(0, (int)body.Length),
            request.Headers["x-zm-signature"].ToString(),
            request.Headers["x-zm-request-timestamp"].ToString());
        return response.JsonBody is { } json
            ? TypedResults.Bytes(json.ToArray(), "application/json")
            : TypedResults.StatusCode(response.StatusCode);
    }
}
