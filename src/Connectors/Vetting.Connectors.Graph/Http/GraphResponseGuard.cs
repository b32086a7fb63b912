using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Vetting.Connectors.Graph.Configuration;
using Vetting.Core.Platforms;

namespace Vetting.Connectors.Graph.Http;

/// <summary>
/// Innermost handler of a tenant's Graph client, under the SDK's retry handler. For 429, 503 and 504 it rewrites
/// <c>Retry-After</c> as seconds measured on our clock (the SDK mis-reads HTTP dates), and throws
/// <see cref="PlatformThrottledException"/> when the wait exceeds <see cref="GraphConnectorOptions.MaxThrottleWait"/> so the
/// job reschedules rather than blocking. Error bodies that are not JSON become Graph error JSON (the SDK would throw an
/// untyped InvalidOperationException), and offset-less timestamps in JSON bodies are marked UTC.
/// </summary>
internal sealed class GraphResponseGuard(
    string tenant,
    GraphConnectorOptions options,
    TimeProvider time,
    ILogger<GraphResponseGuard> logger) : DelegatingHandler
{
    /// <summary>Largest body the guard buffers to rewrite; larger ones pass untouched.</summary>
    private const int MaxRewriteBytes = 16 * 1024 * 1024;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        var status = (int)response.StatusCode;
        var route = GraphRoute.Of(request);
        var requestId = response.Headers.TryGetValues("request-id", out var ids) ? ids.FirstOrDefault() : null;
        Log.Response(logger, tenant, request.Method.Method, route, status, requestId);
        if (status is 429 or 503 or 504)
        {
            var attempt = GraphRetryAfter.AttemptOf(request);
            var asked = GraphRetryAfter.Read(response.Headers, time.GetUtcNow());
            var wait = asked ?? GraphRetryAfter.Backoff(options.RetryDelaySeconds, attempt);
            if (asked is { } given)
            {
                response.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(Math.Ceiling(given.TotalSeconds)));
            }

            Log.Throttled(logger, tenant, route, status, (long)wait.TotalMilliseconds, attempt, asked is not null);
            if (wait > options.MaxThrottleWait)
            {
                response.Dispose();
                Log.Rescheduling(logger, tenant, route, (long)Math.Ceiling(wait.TotalSeconds));
                throw new PlatformThrottledException(
                    wait,
                    string.Create(CultureInfo.InvariantCulture,
                        $"Microsoft Graph (tenant '{tenant}') answered {route} with HTTP {status} and asks to wait {wait.TotalSeconds:0.#} s, "
                        + $"more than this process waits ({options.MaxThrottleWait.TotalSeconds:0.#} s). Reschedule the job."))
                {
                    Limit = status == 429 ? "Graph/TooManyRequests" : $"Graph/HTTP{status}",
                };
            }
        }

        if (status >= 400)
        {
            await MakeErrorReadableAsync(response, status, cancellationToken);
        }
        else if (IsJson(response.Content.Headers.ContentType) && response.Content.Headers.ContentLength is null or <= MaxRewriteBytes)
        {
            await MarkTimestampsUtcAsync(response, cancellationToken);
        }

        return response;
    }

    private static async Task MarkTimestampsUtcAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        var rewritten = GraphTimestampNormalizer.Normalize(body);
        Replace(response, rewritten ?? body);
    }

    /// <summary>Gives a non-JSON or empty error body the Graph error shape, keeping the status and a description of what came.</summary>
    private async Task MakeErrorReadableAsync(HttpResponseMessage response, int status, CancellationToken cancellationToken)
    {
        var contentType = response.Content.Headers.ContentType;
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        if (IsJson(contentType) && body.Length > 0)
        {
            Replace(response, body);
            return;
        }

        var mediaType = contentType?.MediaType ?? "no content type";
        Log.UnreadableError(logger, tenant, status, mediaType, body.Length);
        var error = new Dictionary<string, object>
        {
            ["error"] = new Dictionary<string, string>
            {
                ["code"] = body.Length == 0 ? "EmptyErrorBody" : "NonJsonErrorBody",
                ["message"] = string.Create(CultureInfo.InvariantCulture,
                    $"Graph answered HTTP {status} with {(body.Length == 0 ? "an empty body" : $"a {mediaType} body of {body.Length} bytes")} instead of Graph error JSON."),
            },
        };
        var json = JsonSerializer.SerializeToUtf8Bytes(error, GraphGuardJsonContext.Default.DictionaryStringObject);
        Replace(response, json, "application/json");
    }

    private static void Replace(HttpResponseMessage response, byte[] body, string? mediaType = null)
    {
        var old = response.Content;
        var content = new ByteArrayContent(body);
        foreach (var header in old.Headers)
        {
            if (!string.Equals(header.Key, "Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                content.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }
        }

        if (mediaType is not null)
        {
            content.Headers.ContentType = new MediaTypeHeaderValue(mediaType) { CharSet = Encoding.UTF8.WebName };
        }

        response.Content = content;
        old.Dispose();
    }

    private static bool IsJson(MediaTypeHeaderValue? contentType) =>
        contentType?.MediaType is { } media
        && (media.Equals("application/json", StringComparison.OrdinalIgnoreCase) || media.EndsWith("+json", StringComparison.OrdinalIgnoreCase));
}
