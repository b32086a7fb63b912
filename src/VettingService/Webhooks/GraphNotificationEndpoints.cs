using Microsoft.AspNetCore.Http.Features;
using Vetting.Connectors.Graph.Webhooks;

namespace Vetting.Service.Webhooks;

/// <summary>
/// <c>POST /webhooks/graph</c>: Microsoft Graph's change and lifecycle notifications (configure each tenant's
/// <c>NotificationUrl</c> to this path). A request with <c>validationToken</c> is the subscription handshake: the token
/// goes back as text/plain. Otherwise <see cref="GraphNotificationReceiver"/> checks each item's subscription and
/// clientState and queues the ids for screening; the answer (202) does not wait for screening.
/// </summary>
internal static class GraphNotificationEndpoints
{
    public const string Route = "/webhooks/graph";

    public static IEndpointRouteBuilder MapGraphNotifications(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapPost(Route, ReceiveAsync)
            .WithName("GraphNotifications")
            .AllowAnonymous()
            .DisableAntiforgery();
        return endpoints;
    }

    private static async Task<IResult> ReceiveAsync(HttpRequest request, GraphNotificationReceiver receiver, CancellationToken cancellationToken)
    {
        if (request.Query.TryGetValue("validationToken", out var token))
        {
            var validated = receiver.Validate(token.ToString());
            if (validated.PlainTextBody is not { } echo)
            {
                return TypedResults.StatusCode(validated.StatusCode);
            }

            request.HttpContext.Response.Headers.XContentTypeOptions = "nosniff";
            return TypedResults.Text(echo, "text/plain", System.Text.Encoding.UTF8, validated.StatusCode);
        }

        if (request.ContentLength > GraphNotificationReceiver.MaxBodyBytes)
        {
            return TypedResults.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = GraphNotificationReceiver.MaxBodyBytes + 1L;
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

        var response = receiver.Receive(body.GetBuffer().AsMemory(0, (int)body.Length));
        return TypedResults.StatusCode(response.StatusCode);
    }
}
