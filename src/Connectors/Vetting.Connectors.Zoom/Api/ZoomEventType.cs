using Vetting.Core.Platforms;

namespace Vetting.Connectors.Zoom.Api;

/// <summary>Route segments for meetings and webinars: the two share every shape used here (zoom-api.md §3).</summary>
internal static class ZoomEventType
{
    public static string Segment(PlatformEventKind kind) => kind switch
    {
        PlatformEventKind.Meeting => "meetings",
        PlatformEventKind.Webinar => "webinars",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Zoom has meetings and webinars only."),
    };

    public static string StatusValue(RegistrantStatus status) => status switch
    {
        RegistrantStatus.Pending => "pending",
        RegistrantStatus.Approved => "approved",
        RegistrantStatus.Denied => "denied",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Zoom lists pending, approved and denied only."),
    };

    public static string ActionValue(PlatformActionKind kind) => kind switch
    {
        PlatformActionKind.Approve => "approve",
        PlatformActionKind.Deny => "deny",
        PlatformActionKind.Cancel => "cancel",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
