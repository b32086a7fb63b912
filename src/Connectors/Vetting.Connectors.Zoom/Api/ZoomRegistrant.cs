using System.Text.Json.Serialization;

namespace Vetting.Connectors.Zoom.Api;

/// <summary>A registrant as listed (zoom-api.md §2.3). Only id, email and first name are reliable; the rest may be absent or "".</summary>
internal sealed record ZoomRegistrant
{
    [JsonConverter(typeof(ZoomFlexibleStringConverter))]
    public string? Id { get; init; }

    public string? Email { get; init; }

    public string? FirstName { get; init; }

    public string? LastName { get; init; }

    public string? Address { get; init; }

    public string? City { get; init; }

    public string? State { get; init; }

    public string? Zip { get; init; }

    public string? Country { get; init; }

    public string? Industry { get; init; }

    public string? Org { get; init; }

    public string? JobTitle { get; init; }

    public string? Comments { get; init; }

    public IReadOnlyList<ZoomCustomQuestion>? CustomQuestions { get; init; }

    public string? Status { get; init; }

    [JsonConverter(typeof(ZoomLenientDateConverter))]
    public DateTimeOffset? CreateTime { get; init; }
}
