using System.Text.Json.Serialization;

namespace Vetting.Connectors.Zoom.Api;

/// <summary><c>GET /users/{userId}/meetings</c> page.</summary>
internal sealed record ZoomMeetingPage : ZoomPage<ZoomEventSummary>
{
    public IReadOnlyList<ZoomEventSummary>? Meetings { get; init; }

    [JsonIgnore]
    public override IReadOnlyList<ZoomEventSummary>? Items => Meetings;
}
