using System.Text.Json.Serialization;

namespace Vetting.Connectors.Zoom.Api;

/// <summary><c>GET /meetings|webinars/{id}/registrants</c> page.</summary>
internal sealed record ZoomRegistrantPage : ZoomPage<ZoomRegistrant>
{
    public IReadOnlyList<ZoomRegistrant>? Registrants { get; init; }

    [JsonIgnore]
    public override IReadOnlyList<ZoomRegistrant>? Items => Registrants;
}
