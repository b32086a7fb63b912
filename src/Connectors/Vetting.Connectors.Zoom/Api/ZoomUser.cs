using System.Text.Json.Serialization;

namespace Vetting.Connectors.Zoom.Api;

/// <summary>An item of <c>GET /users</c>.</summary>
internal sealed record ZoomUser
{
    [JsonConverter(typeof(ZoomFlexibleStringConverter))]
    public string? Id { get; init; }

    public string? Status { get; init; }
}
