using System.Text.Json.Serialization;

namespace Vetting.Connectors.Zoom.Api;

/// <summary>One occurrence of a recurring meeting or webinar.</summary>
internal sealed record ZoomOccurrence
{
    [JsonConverter(typeof(ZoomFlexibleStringConverter))]
    public string? OccurrenceId { get; init; }

    [JsonConverter(typeof(ZoomLenientDateConverter))]
    public DateTimeOffset? StartTime { get; init; }

    public int? Duration { get; init; }

    public string? Status { get; init; }
}
