using System.Text.Json.Serialization;

namespace Vetting.Connectors.Zoom.Api;

/// <summary>Source-generated JSON for Zoom's wire shapes: snake_case, unknown fields ignored, numbers read from strings too.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ZoomTokenResponse))]
[JsonSerializable(typeof(ZoomUserPage))]
[JsonSerializable(typeof(ZoomMeetingPage))]
[JsonSerializable(typeof(ZoomWebinarPage))]
[JsonSerializable(typeof(ZoomRegistrantPage))]
[JsonSerializable(typeof(ZoomEventDetail))]
[JsonSerializable(typeof(ZoomStatusUpdate))]
internal sealed partial class ZoomJsonContext : JsonSerializerContext;
