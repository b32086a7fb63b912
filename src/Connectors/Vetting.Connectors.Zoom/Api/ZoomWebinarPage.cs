using System.Text.Json.Serialization;

namespace Vetting.Connectors.Zoom.Api;

/// <summary><c>GET /users/{userId}/webinars</c> page.</summary>
internal sealed record ZoomWebinarPage : ZoomPage<ZoomEventSummary>
{
    public IReadOnlyList<ZoomEventSummary>? Webinars { get; init; }

    [JsonIgnore]
    public override IReadOnlyList<ZoomEventSummary>? Items => Webinars;
}
