using System.Text.Json.Serialization;

namespace Vetting.Connectors.Zoom.Api;

/// <summary>An item of a host's meeting or webinar list (zoom-api.md §2.1, §3).</summary>
internal sealed record ZoomEventSummary
{
    public long? Id { get; init; }

    public int? Type { get; init; }

    [JsonConverter(typeof(ZoomLenientDateConverter))]
    public DateTimeOffset? StartTime { get; init; }
}
