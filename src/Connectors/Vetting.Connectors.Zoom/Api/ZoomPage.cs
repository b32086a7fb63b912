using System.Text.Json.Serialization;

namespace Vetting.Connectors.Zoom.Api;

/// <summary>The paging envelope shared by every list (zoom-api.md §0); each list type adds its items.</summary>
internal abstract record ZoomPage<T>
{
    [JsonPropertyName("next_page_token")]
    public string? NextPageToken { get; init; }

    [JsonPropertyName("total_records")]
    public int? TotalRecords { get; init; }

    [JsonIgnore]
    public abstract IReadOnlyList<T>? Items { get; }
}
