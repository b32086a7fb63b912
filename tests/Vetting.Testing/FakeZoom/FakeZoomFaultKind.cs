namespace Vetting.Testing.FakeZoom;

/// <summary>What an injected fault does.</summary>
public enum FakeZoomFaultKind
{
    /// <summary>Answer with <see cref="FakeZoomFault.Status"/> (5xx).</summary>
    ServerError,

    /// <summary>429 for the per-second limit.</summary>
    RateLimitQps,

    /// <summary>429 for the daily limit, until 00:00 UTC.</summary>
    RateLimitDaily,

    /// <summary>Wait <see cref="FakeZoomFault.DelayMs"/> before handling normally.</summary>
    Slow,

    /// <summary>Expire the presented access token and answer 401 code 124.</summary>
    ExpiredToken,

    /// <summary>Abort the connection without an answer.</summary>
    DropConnection,

    /// <summary>Answer with <see cref="FakeZoomFault.Body"/> verbatim.</summary>
    RawBody,

    /// <summary>For status updates: answer 204 and change nothing.</summary>
    NoOpStatus,

    /// <summary>
    /// Handle the request (a status update takes effect), then wait <see cref="FakeZoomFault.DelayMs"/> before answering:
    /// a caller that gives up or dies meanwhile never learns that Zoom acted.
    /// </summary>
    SlowAfterHandling,
}
