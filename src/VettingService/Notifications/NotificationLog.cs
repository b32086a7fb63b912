namespace Vetting.Service.Notifications;

/// <summary>Log messages of reviewer notifications (event ids 1600–1699): ids and counts only, never addresses.</summary>
internal static partial class NotificationLog
{
    [LoggerMessage(1601, LogLevel.Information, "Sent '{Kind}' notification for event {EventId} to {Recipients} recipient(s)")]
    public static partial void Sent(ILogger logger, string kind, Guid eventId, int recipients);

    [LoggerMessage(1602, LogLevel.Debug, "Notifications are off: '{Kind}' for event {EventId} not sent")]
    public static partial void Disabled(ILogger logger, string kind, Guid eventId);

    [LoggerMessage(1603, LogLevel.Warning, "No reviewers configured for event {EventId}: '{Kind}' not sent")]
    public static partial void NoRecipients(ILogger logger, string kind, Guid eventId);

    [LoggerMessage(1604, LogLevel.Error, "The mail relay refused the '{Kind}' notification for event {EventId}")]
    public static partial void SendFailed(ILogger logger, Exception exception, string kind, Guid eventId);
}
