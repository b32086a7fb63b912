using System.Net;

namespace Vetting.Core.Platforms;

/// <summary>
/// The platform refused a request for a reason retrying will not fix (bad request, missing permission, unknown event).
/// Carries the platform's own error code and message so an operator can act on it.
/// </summary>
public sealed class PlatformApiException : Exception
{
    public PlatformApiException()
    {
    }

    public PlatformApiException(string message)
        : base(message)
    {
    }

    public PlatformApiException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public PlatformApiException(HttpStatusCode statusCode, string? platformCode, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        StatusCode = statusCode;
        PlatformCode = platformCode;
    }

    /// <summary>The HTTP status, when the refusal came as an HTTP answer.</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>The platform's error code (Zoom: numeric <c>code</c>; Graph: <c>error.code</c>).</summary>
    public string? PlatformCode { get; }

    /// <summary>The platform's request id for support (Zoom <c>x-zm-trackingid</c>), when given.</summary>
    public string? TrackingId { get; init; }

    /// <summary>True when the event or user no longer exists: the caller should mark it gone rather than retry.</summary>
    public bool IsNotFound => StatusCode == HttpStatusCode.NotFound;
}
