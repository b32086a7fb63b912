using System.Text.Json.Serialization;

namespace Vetting.Connectors.Zoom.Api;

/// <summary><c>GET /users</c> page.</summary>
internal sealed record ZoomUserPage : ZoomPage<ZoomUser>
{
    public IReadOnlyList<ZoomUser>? Users { get; init; }

    [JsonIgnore]
    public override IReadOnlyList<ZoomUser>? Items => Users;
}
