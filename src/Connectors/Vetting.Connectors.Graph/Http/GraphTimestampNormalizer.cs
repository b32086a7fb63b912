using System.Buffers;
using System.Globalization;
using System.Text.Json;

namespace Vetting.Connectors.Graph.Http;

/// <summary>
/// Graph timestamps are UTC, but some arrive without an offset (graph-api.md §4), which the SDK reads as machine-local
/// time. Before the SDK parses a body, every string property named <c>…DateTime</c> whose value is a date-time without
/// an offset gets a <c>Z</c>. <c>dateTimeTimeZone.dateTime</c> (named <c>dateTime</c>) is left alone: its zone is a sibling.
/// </summary>
internal static class GraphTimestampNormalizer
{
    /// <summary>The body with offsets added, or null when nothing needed changing (or it is not JSON).</summary>
    public static byte[]? Normalize(ReadOnlySpan<byte> json)
    {
        if (!NeedsRewrite(json))
        {
            return null;
        }

        var output = new ArrayBufferWriter<byte>(json.Length + 64);
        using (var writer = new Utf8JsonWriter(output, new JsonWriterOptions { SkipValidation = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
            string? property = null;
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        property = reader.GetString();
                        writer.WritePropertyName(property!);
                        continue;
                    case JsonTokenType.String when IsTimestampProperty(property) && LacksOffset(reader.GetString()):
                        writer.WriteStringValue(reader.GetString() + "Z");
                        break;
                    case JsonTokenType.String:
                        writer.WriteStringValue(reader.GetString());
                        break;
                    case JsonTokenType.StartObject:
                        writer.WriteStartObject();
                        break;
                    case JsonTokenType.EndObject:
                        writer.WriteEndObject();
                        break;
                    case JsonTokenType.StartArray:
                        writer.WriteStartArray();
                        break;
                    case JsonTokenType.EndArray:
                        writer.WriteEndArray();
                        break;
                    default:
                        writer.WriteRawValue(reader.ValueSpan, skipInputValidation: true);
                        break;
                }

                property = null;
            }
        }

        return output.WrittenSpan.ToArray();
    }

    private static bool NeedsRewrite(ReadOnlySpan<byte> json)
    {
        try
        {
            var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
            string? property = null;
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.PropertyName)
                {
                    property = reader.GetString();
                    continue;
                }

                if (reader.TokenType == JsonTokenType.String && IsTimestampProperty(property) && LacksOffset(reader.GetString()))
                {
                    return true;
                }

                property = null;
            }
        }
        catch (JsonException)
        {
            return false; // Not JSON after all: the SDK reports it.
        }

        return false;
    }

    private static bool IsTimestampProperty(string? name) =>
        name is { Length: > 8 } && name.EndsWith("DateTime", StringComparison.Ordinal);

    /// <summary>True for an ISO date-time with a time part and neither <c>Z</c> nor <c>±hh:mm</c>.</summary>
    internal static bool LacksOffset(string? value)
    {
        if (value is not { Length: >= 16 } || value[10] != 'T')
        {
            return false;
        }

        var time = value.AsSpan(11);
        if (time.EndsWith("Z", StringComparison.OrdinalIgnoreCase) || time.IndexOfAny('+', '-') >= 0)
        {
            return false;
        }

        return DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) && parsed.Kind == DateTimeKind.Unspecified;
    }
}
