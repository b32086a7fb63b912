using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace Vetting.Testing.FakeZoom;

/// <summary>
/// Sends webhook deliveries the way Zoom does (zoom-api.md §6): a JSON POST with <c>x-zm-request-timestamp</c>
/// (Unix seconds) and <c>x-zm-signature</c> = <c>v0=</c> + hex HMAC-SHA256 over <c>v0:{timestamp}:</c> + the exact UTF-8
/// bytes sent.
/// </summary>
public sealed class FakeZoomWebhookSender(HttpClient http)
{
    public static string Sign(string secretToken, long timestamp, byte[] body)
    {
        var prefix = Encoding.UTF8.GetBytes("v0:" + timestamp.ToString(CultureInfo.InvariantCulture) + ":");
        var message = new byte[prefix.Length + body.Length];
        prefix.CopyTo(message, 0);
        body.CopyTo(message, prefix.Length);
        return "v0=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secretToken), message));
    }

    /// <summary>Posts <paramref name="body"/> signed with <paramref name="secretToken"/>, or with <paramref name="signature"/> when given (forgeries).</summary>
    public async Task<HttpResponseMessage> SendAsync(
        Uri endpoint, string secretToken, string body, long timestamp, string? signature = null, CancellationToken cancellationToken = default)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint);
        request.Content = new ByteArrayContent(bytes);
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Add("x-zm-request-timestamp", timestamp.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add("x-zm-signature", signature ?? Sign(secretToken, timestamp, bytes));
        return await http.SendAsync(request, cancellationToken);
    }

    /// <summary>A <c>meeting.*</c> or <c>webinar.*</c> registration event body shaped like Zoom's.</summary>
    public static string RegistrationEvent(
        string eventName, string accountId, long objectId, string registrantId, long eventTimestampMs, string topic = "Partner briefing", bool idAsString = false)
    {
        var body = new JsonObject
        {
            ["event"] = eventName,
            ["event_ts"] = eventTimestampMs,
            ["payload"] = new JsonObject
            {
                ["account_id"] = accountId,
                ["operator"] = "host@example.org",
                ["object"] = new JsonObject
                {
                    ["uuid"] = "aBcD/eFgH//iJkL==",
                    ["id"] = idAsString ? JsonValue.Create(objectId.ToString(CultureInfo.InvariantCulture)) : JsonValue.Create(objectId),
                    ["host_id"] = "KDcuGIm1QgePTO8WbOqwIQ",
                    ["topic"] = topic,
                    ["type"] = 2,
                    ["start_time"] = "2026-03-02T15:00:00Z",
                    ["duration"] = 60,
                    ["timezone"] = "Europe/Berlin",
                    ["registrant"] = new JsonObject
                    {
                        ["id"] = registrantId,
                        ["first_name"] = "Jane",
                        ["last_name"] = "Doe",
                        ["email"] = "jane@example.org",
                        ["status"] = "pending",
                    },
                },
            },
        };
        return body.ToJsonString();
    }

    /// <summary>An <c>endpoint.url_validation</c> body.</summary>
    public static string UrlValidation(string plainToken, long eventTimestampMs) =>
        new JsonObject
        {
            ["payload"] = new JsonObject { ["plainToken"] = plainToken },
            ["event_ts"] = eventTimestampMs,
            ["event"] = "endpoint.url_validation",
        }.ToJsonString();
}
