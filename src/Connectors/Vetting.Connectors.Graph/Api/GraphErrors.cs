using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions;
using Vetting.Connectors.Graph.Http;
using Vetting.Core.Platforms;

namespace Vetting.Connectors.Graph.Api;

/// <summary>
/// Turns what the SDK throws into the Core's two exceptions (graph-api.md §6–7): <see cref="ODataError"/> (Graph error
/// JSON), the <see cref="AggregateException"/> of <see cref="ApiException"/>s the retry handler throws once its retries
/// are spent, a bare <see cref="ApiException"/> (an empty or unparsable error body), and the InvalidOperationException or
/// JsonException of a body the SDK cannot read. 429, 503 and 504 become <see cref="PlatformThrottledException"/> with
/// Graph's Retry-After; everything else <see cref="PlatformApiException"/> with status, code and request id.
/// </summary>
internal static class GraphErrors
{
    private const int MaxMessage = 300;

    /// <summary>Fallback wait when a throttled answer names none.</summary>
    public static readonly TimeSpan DefaultRetryAfter = TimeSpan.FromSeconds(30);

    /// <summary>The Core exception for <paramref name="ex"/>, or null to let it propagate as it is (cancellation, ours already).</summary>
    public static Exception? Translate(Exception ex, string tenant, string route, DateTimeOffset now, CancellationToken cancellationToken) => ex switch
    {
        PlatformThrottledException or PlatformApiException => null,
        OperationCanceledException when cancellationToken.IsCancellationRequested => null,
        ODataError odata => FromStatus(odata.ResponseStatusCode, odata.Error?.Code, odata.Error?.Message, odata.Error?.InnerError?.RequestId,
            odata.ResponseHeaders, tenant, route, now, odata),
        AggregateException aggregate when aggregate.InnerExceptions.LastOrDefault() is ApiException last => Exhausted(aggregate, last, tenant, route, now),
        Azure.Identity.AuthenticationFailedException auth => new PlatformApiException(HttpStatusCode.Unauthorized, "AuthenticationFailed",
            $"Microsoft Entra refused the app-only token for tenant '{tenant}' (check TenantId, ClientId and the secret or certificate).", auth),
        ApiException api => FromStatus(api.ResponseStatusCode, null, null, null, api.ResponseHeaders, tenant, route, now, api),
        InvalidOperationException or JsonException or FormatException => new PlatformApiException(HttpStatusCode.OK, "UnreadableResponse",
            $"Microsoft Graph (tenant '{tenant}') answered {route} with a body the SDK cannot read ({ex.GetType().Name}).", ex),
        _ => null,
    };

    private static Exception Exhausted(AggregateException aggregate, ApiException last, string tenant, string route, DateTimeOffset now)
    {
        var status = last.ResponseStatusCode;
        if (status is 429 or 503 or 504)
        {
            var wait = GraphRetryAfter.Read(last.ResponseHeaders, now) ?? DefaultRetryAfter;
            return new PlatformThrottledException(wait, string.Create(CultureInfo.InvariantCulture,
                $"Microsoft Graph (tenant '{tenant}') kept answering {route} with HTTP {status} through {aggregate.InnerExceptions.Count} tries; "
                + $"retry after {wait.TotalSeconds:0.#} s."), aggregate)
            {
                Limit = status == 429 ? "Graph/TooManyRequests" : $"Graph/HTTP{status}",
            };
        }

        return FromStatus(status, null, null, null, last.ResponseHeaders, tenant, route, now, aggregate);
    }

    private static Exception FromStatus(
        int status, string? code, string? message, string? requestId, IDictionary<string, IEnumerable<string>>? headers,
        string tenant, string route, DateTimeOffset now, Exception inner)
    {
        requestId ??= Header(headers, "request-id");
        if (status is 429 or 503 or 504)
        {
            var wait = GraphRetryAfter.Read(headers, now) ?? DefaultRetryAfter;
            return new PlatformThrottledException(wait, string.Create(CultureInfo.InvariantCulture,
                $"Microsoft Graph (tenant '{tenant}') answered {route} with HTTP {status} ({code ?? "no code"}); retry after {wait.TotalSeconds:0.#} s."), inner)
            {
                Limit = status == 429 ? "Graph/TooManyRequests" : $"Graph/HTTP{status}",
            };
        }

        var text = message is null ? "" : ": " + (message.Length <= MaxMessage ? message : string.Concat(message.AsSpan(0, MaxMessage), "…"));
        return new PlatformApiException((HttpStatusCode)status, code,
            $"Microsoft Graph (tenant '{tenant}') refused {route} with HTTP {status}, code {code ?? "none"}{text}", inner)
        {
            TrackingId = requestId,
        };
    }

    private static string? Header(IDictionary<string, IEnumerable<string>>? headers, string name) =>
        headers?.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault();
}
