using System.Globalization;
using System.Text.Json;
using Vetting.Core.Platforms;

namespace Vetting.Connectors.Zoom.Webhooks;

/// <summary>
/// Reads a verified webhook body (zoom-api.md §6) into ids. <c>payload.object.id</c> may be a number or a string
/// (§8.6). Malformed JSON, duplicate keys and missing ids give an error text instead of a message.
/// </summary>
internal static class ZoomWebhookParser
{
    private const int MaxIdLength = 128;
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 32, AllowDuplicateProperties = false };

    public static ZoomWebhookMessage? TryParse(ReadOnlyMemory<byte> body, out string error)
    {
        error = "";
        try
        {
            using var document = JsonDocument.Parse(body, Options);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || String(root, "event") is not { Length: > 0 } name)
            {
                error = "no event name";
                return null;
            }

            long? timestamp = root.TryGetProperty("event_ts", out var ts) && ts.TryGetInt64(out var ms) ? ms : null;
            var payload = root.TryGetProperty("payload", out var p) && p.ValueKind == JsonValueKind.Object ? p : default;
            if (payload.ValueKind != JsonValueKind.Object)
            {
                error = "no payload object";
                return null;
            }

            if (name == ZoomWebhookMessage.UrlValidation)
            {
                var plain = String(payload, "plainToken");
                error = plain is { Length: > 0 and <= MaxIdLength } ? "" : "no usable plainToken";
                return error.Length == 0 ? new ZoomWebhookMessage(name, timestamp, null, plain, null, null, null, null) : null;
            }

            var (kind, change) = Classify(name);
            var accountId = String(payload, "account_id");
            if (kind is null)
            {
                return new ZoomWebhookMessage(name, timestamp, accountId, null, null, null, null, null);
            }

            var obj = payload.TryGetProperty("object", out var o) && o.ValueKind == JsonValueKind.Object ? o : default;
            var objectId = obj.ValueKind == JsonValueKind.Object ? Id(obj, "id") : null;
            var registrant = obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty("registrant", out var r) && r.ValueKind == JsonValueKind.Object
                ? Id(r, "id")
                : null;
            if (objectId is null || !long.TryParse(objectId, NumberStyles.None, CultureInfo.InvariantCulture, out var numeric) || numeric <= 0)
            {
                error = "payload.object.id is missing or not a meeting/webinar number";
                return null;
            }

            if (registrant is not { Length: > 0 and <= MaxIdLength })
            {
                error = "payload.object.registrant.id is missing";
                return null;
            }

            return new ZoomWebhookMessage(name, timestamp, accountId, null, kind, change, objectId, registrant);
        }
        catch (JsonException)
        {
            error = "body is not valid JSON";
            return null;
        }
    }

    private static (PlatformEventKind?, RegistrationChange?) Classify(string name)
    {
        var dot = name.IndexOf('.', StringComparison.Ordinal);
        PlatformEventKind? kind = dot < 0 ? null : name[..dot] switch
        {
            "meeting" => PlatformEventKind.Meeting,
            "webinar" => PlatformEventKind.Webinar,
            _ => null,
        };
        RegistrationChange? change = dot < 0 ? null : name[(dot + 1)..] switch
        {
            "registration_created" => RegistrationChange.Created,
            "registration_approved" => RegistrationChange.Approved,
            "registration_denied" => RegistrationChange.Denied,
            "registration_cancelled" => RegistrationChange.Cancelled,
            _ => null,
        };
        return kind is null || change is null ? (null, null) : (kind, change);
    }

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string? Id(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number => value.GetRawText(),
                _ => null,
            }
            : null;
}
