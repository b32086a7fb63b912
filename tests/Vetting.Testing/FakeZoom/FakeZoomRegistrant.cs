using System.Text.Json.Nodes;

namespace Vetting.Testing.FakeZoom;

/// <summary>A registrant as a scenario states it. <see cref="Extra"/> fields are merged into what is served (unknown fields, odd types).</summary>
public sealed record FakeZoomRegistrant
{
    public string Id { get; init; } = "";

    public string Email { get; init; } = "";

    public string FirstName { get; init; } = "";

    public string? LastName { get; init; }

    public string? Org { get; init; }

    public string? JobTitle { get; init; }

    public string? Country { get; init; }

    public string Status { get; init; } = "pending";

    public string? CreateTime { get; init; }

    /// <summary>The occurrence registered for, where registration is per occurrence.</summary>
    public string? OccurrenceId { get; init; }

    public IReadOnlyList<FakeZoomQuestion> CustomQuestions { get; init; } = [];

    public JsonObject? Extra { get; init; }
}
