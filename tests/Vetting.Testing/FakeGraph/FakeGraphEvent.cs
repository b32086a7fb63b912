using System.Text.Json.Nodes;

namespace Vetting.Testing.FakeGraph;

/// <summary>
/// A webinar or town hall with its registrations. <see cref="Registrations"/> are served as given, so a test can put
/// anything in them (unknown enum values, timestamps without offset, missing names).
/// </summary>
public sealed record FakeGraphEvent
{
    public required string Id { get; init; }

    public bool IsTownhall { get; init; }

    public required string OrganizerId { get; init; }

    public IReadOnlyList<string> CoOrganizerIds { get; init; } = [];

    public string DisplayName { get; init; } = "Briefing";

    public string Status { get; init; } = "published";

    /// <summary>Offset-less wall-clock start, as Graph sends it.</summary>
    public string Start { get; init; } = "2030-12-10T16:00:00.0000000";

    public string End { get; init; } = "2030-12-10T17:30:00.0000000";

    /// <summary>Windows or IANA zone name of <see cref="Start"/> and <see cref="End"/>.</summary>
    public string TimeZone { get; init; } = "UTC";

    public bool? IsRegistrationRequired { get; init; } = true;

    public bool ManualApproval { get; init; }

    public string? RegistrationWebUrl { get; init; }

    public IReadOnlyList<JsonObject> Registrations { get; init; } = [];

    /// <summary>The collection name in paths: <c>webinars</c> or <c>townhalls</c>.</summary>
    public string Collection => IsTownhall ? "townhalls" : "webinars";
}
