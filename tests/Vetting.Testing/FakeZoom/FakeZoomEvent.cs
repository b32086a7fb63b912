namespace Vetting.Testing.FakeZoom;

/// <summary>A meeting or webinar with its registration settings and registrants.</summary>
public sealed record FakeZoomEvent
{
    public long Id { get; init; }

    public string Uuid { get; init; } = "";

    public string HostId { get; init; } = "";

    public string Topic { get; init; } = "";

    /// <summary>Meetings 1/2/3/8, webinars 5/6/9 (zoom-api.md §2.2, §3).</summary>
    public int Type { get; init; } = 2;

    public string? StartTime { get; init; }

    public int Duration { get; init; } = 60;

    public string Timezone { get; init; } = "UTC";

    /// <summary>0 automatic, 1 manual, 2 no registration.</summary>
    public int ApprovalType { get; init; } = 1;

    public int? RegistrationType { get; init; }

    /// <summary>Serve <c>id</c> as a JSON string instead of a number (ids arrive both ways).</summary>
    public bool IdAsString { get; init; }

    public IReadOnlyList<FakeZoomOccurrence> Occurrences { get; init; } = [];

    public IReadOnlyList<FakeZoomRegistrant> Registrants { get; init; } = [];

    /// <summary>Registrants made up on load, deterministic by seed.</summary>
    public FakeZoomRegistrantGenerator? Generate { get; init; }
}
