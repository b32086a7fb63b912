using System.Text.Json.Serialization;

namespace Vetting.Connectors.Zoom.Api;

/// <summary><c>GET /meetings/{id}</c> or <c>GET /webinars/{id}</c> (zoom-api.md §2.2, §3).</summary>
internal sealed record ZoomEventDetail
{
    public long? Id { get; init; }

    public string? Topic { get; init; }

    /// <summary>Meetings: 1 instant, 2 scheduled, 3 recurring no fixed time, 8 recurring fixed time; webinars: 5, 6, 9.</summary>
    public int? Type { get; init; }

    [JsonConverter(typeof(ZoomLenientDateConverter))]
    public DateTimeOffset? StartTime { get; init; }

    public int? Duration { get; init; }

    public string? Timezone { get; init; }

    public IReadOnlyList<ZoomOccurrence>? Occurrences { get; init; }

    public ZoomEventSettings? Settings { get; init; }
}
