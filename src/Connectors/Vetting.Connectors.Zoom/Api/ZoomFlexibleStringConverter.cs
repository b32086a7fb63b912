using System.Text.Json;
using System.Text.Json.Serialization;

namespace Vetting.Connectors.Zoom.Api;

/// <summary>Reads an id that Zoom sends as a string in one place and a number in another (zoom-api.md §8.6).</summary>
internal sealed class ZoomFlexibleStringConverter : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Number => System.Text.Encoding.UTF8.GetString(reader.ValueSpan),
        JsonTokenType.Null => null,
        _ => throw new JsonException($"Expected a string or number id, found {reader.TokenType}."),
    };

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
