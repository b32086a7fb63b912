namespace Vetting.Testing.FakeZoom;

/// <summary>
/// A fault injected into matching requests. <see cref="Route"/> is <c>"METHOD /path"</c> where <c>*</c> stands for
/// one path segment (<c>"GET /v2/webinars/*/registrants"</c>), or <c>"*"</c> for every request.
/// </summary>
public sealed record FakeZoomFault
{
    public string Route { get; init; } = "*";

    public FakeZoomFaultKind Kind { get; init; }

    /// <summary>How many matching requests get the fault.</summary>
    public int Count { get; init; } = 1;

    /// <summary>How many matching requests pass untouched first.</summary>
    public int Skip { get; init; }

    /// <summary>HTTP status for <see cref="FakeZoomFaultKind.ServerError"/> (and <see cref="FakeZoomFaultKind.RawBody"/>).</summary>
    public int Status { get; init; } = 503;

    /// <summary>Delay for <see cref="FakeZoomFaultKind.Slow"/>.</summary>
    public int DelayMs { get; init; } = 2000;

    /// <summary>Whether a 429 carries the X-RateLimit-* and Retry-After headers.</summary>
    public bool Headers { get; init; } = true;

    /// <summary>Body for <see cref="FakeZoomFaultKind.RawBody"/>, served as <c>application/json</c>.</summary>
    public string? Body { get; init; }
}
