using System.Text.Json;

namespace Vetting.Connectors.Graph.Webhooks;

/// <summary>
/// Reads a change or lifecycle notification body (<c>{"value":[…]}</c>) into items. Malformed JSON, duplicate keys, a
/// missing <c>value</c> array or more than <see cref="MaxItems"/> items give an error text instead.
/// </summary>
internal static class GraphNotificationParser
{
    public const int MaxItems = 1000;
    private const int MaxText = 2048;
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 16, AllowDuplicateProperties = false };

    public static IReadOnlyList<GraphNotificationItem>? TryParse(ReadOnlyMemory<byte> body, out string error)
    {
        error = "";
        try
        {
            using var document = JsonDocument.Parse(body, Options);
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("value", out var value) || value.ValueKind != JsonValueKind.Array)
            {
                error = "no value array";
                return null;
            }

            if (value.GetArrayLength() > MaxItems)
            {
                error = $"more than {MaxItems} notifications in one body";
                return null;
            }

            var items = new List<GraphNotificationItem>();
            foreach (var item in value.EnumerateArray())
            {
                if (item.ValueKind != JsonValueKind.Object)
                {
                    error = "a notification is not an object";
                    return null;
                }

                var data = item.TryGetProperty("resourceData", out var d) && d.ValueKind == JsonValueKind.Object ? d : default;
                items.Add(new GraphNotificationItem(
                    Text(item, "subscriptionId"),
                    Text(item, "clientState"),
                    Text(item, "tenantId"),
                    Text(item, "changeType"),
                    Text(item, "resource"),
                    data.ValueKind == JsonValueKind.Object ? Text(data, "id") : null,
                    Text(item, "lifecycleEvent")));
            }

            return items;
        }
        catch (JsonException)
        {
            error = "body is not valid JSON";
            return null;
        }
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: <= MaxText } text
            ? text
            : null;
}
