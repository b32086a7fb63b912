namespace Vetting.Testing.FakeGraph;

/// <summary>
/// A fault injected into matching Graph requests. <see cref="Route"/> is <c>"METHOD /path"</c> on the decoded path, where
/// <c>*</c> stands for one segment (<c>"GET /v1.0/solutions/virtualEvents/webinars/*/registrations"</c>), or <c>"*"</c>.
/// </summary>
public sealed record FakeGraphFault
{
    public string Route { get; init; } = "*";

    /// <summary>HTTP status to answer (429, 503, 504, 500, 403…).</summary>
    public int Status { get; init; } = 429;

    /// <summary>Retry-After in seconds, when set.</summary>
    public int? RetryAfterSeconds { get; init; }

    /// <summary>Retry-After as an HTTP date this far in the future, when set.</summary>
    public TimeSpan? RetryAfterDateIn { get; init; }

    /// <summary>Graph error code in the JSON body.</summary>
    public string Code { get; init; } = "TooManyRequests";

    /// <summary>A raw body instead of Graph error JSON (with <see cref="ContentType"/>).</summary>
    public string? RawBody { get; init; }

    public string ContentType { get; init; } = "text/plain";

    /// <summary>How many matching requests get the fault.</summary>
    public int Count { get; init; } = 1;

    /// <summary>How many matching requests pass untouched first.</summary>
    public int Skip { get; init; }
}
