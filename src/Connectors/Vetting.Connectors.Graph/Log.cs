using Microsoft.Extensions.Logging;

namespace Vetting.Connectors.Graph;

/// <summary>
/// Every log line of the Graph connector (event ids 3000–3999). Ids, codes, routes with ids masked and counts only:
/// never names, e-mails, UPNs, event titles, tokens, secrets, clientState values or Graph's error text.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(3001, LogLevel.Debug, "Graph {Tenant} {Method} {Route} answered {StatusCode} (request id {RequestId})")]
    public static partial void Response(ILogger logger, string tenant, string method, string route, int statusCode, string? requestId);

    [LoggerMessage(3002, LogLevel.Warning,
        "Graph {Tenant} throttled {Route} with HTTP {StatusCode}: wait {WaitMs} ms (retry {Attempt}, Retry-After given: {HasRetryAfter})")]
    public static partial void Throttled(ILogger logger, string tenant, string route, int statusCode, long waitMs, int attempt, bool hasRetryAfter);

    [LoggerMessage(3003, LogLevel.Warning, "Graph {Tenant} asks {Route} to wait {WaitSeconds} s, longer than this process waits: rescheduling")]
    public static partial void Rescheduling(ILogger logger, string tenant, string route, long waitSeconds);

    [LoggerMessage(3004, LogLevel.Warning, "Graph {Tenant} answered HTTP {StatusCode} with a {MediaType} body of {Length} bytes instead of error JSON")]
    public static partial void UnreadableError(ILogger logger, string tenant, int statusCode, string mediaType, int length);

    [LoggerMessage(3005, LogLevel.Warning, "Graph {Tenant} {Route} failed: {ExceptionType}, code {Code}")]
    public static partial void CallFailed(ILogger logger, string tenant, string route, string exceptionType, string? code);

    [LoggerMessage(3006, LogLevel.Information, "Graph {Tenant}: discovered {Count} upcoming events with registration from {Organizers} organizers")]
    public static partial void Discovered(ILogger logger, string tenant, int count, int organizers);

    [LoggerMessage(3007, LogLevel.Warning, "Graph {Tenant}: the events of organizer #{Index} could not be read (HTTP {StatusCode}, code {Code})")]
    public static partial void OrganizerUnreadable(ILogger logger, string tenant, int index, int statusCode, string? code);

    [LoggerMessage(3008, LogLevel.Information,
        "Graph {Event}: {Applied} applied, {AlreadyApplied} already applied, {NotEnforceable} not enforceable, {Cancels} cancels sent")]
    public static partial void ActionsApplied(ILogger logger, string @event, int applied, int alreadyApplied, int notEnforceable, int cancels);

    [LoggerMessage(3009, LogLevel.Warning, "Graph {Event} refused to cancel registration {RegistrationId} (HTTP {StatusCode}, code {Code}): a reviewer must cancel it")]
    public static partial void CancelRefused(ILogger logger, string @event, string registrationId, int statusCode, string? code);

    [LoggerMessage(3010, LogLevel.Information, "Graph {Event}: subscription {SubscriptionId} held until {ExpiresAt:o}")]
    public static partial void Subscribed(ILogger logger, string @event, string subscriptionId, DateTimeOffset expiresAt);

    [LoggerMessage(3011, LogLevel.Information, "Graph {Event}: subscription {SubscriptionId} renewed until {ExpiresAt:o}")]
    public static partial void Renewed(ILogger logger, string @event, string subscriptionId, DateTimeOffset expiresAt);

    [LoggerMessage(3012, LogLevel.Warning, "Graph {Event}: renewing subscription {SubscriptionId} failed (HTTP {StatusCode}, code {Code}); replacing it")]
    public static partial void RenewFailed(ILogger logger, string @event, string subscriptionId, int statusCode, string? code);

    [LoggerMessage(3013, LogLevel.Warning, "Graph {Event}: deleting subscription {SubscriptionId} failed (HTTP {StatusCode}, code {Code})")]
    public static partial void DeleteFailed(ILogger logger, string @event, string subscriptionId, int statusCode, string? code);

    [LoggerMessage(3014, LogLevel.Warning, "Graph {Event}: polling for registrations because {Reason}")]
    public static partial void Polling(ILogger logger, string @event, string reason);

    [LoggerMessage(3015, LogLevel.Information, "Graph {Event}: polled {Count} registrations, {Published} new or changed")]
    public static partial void Polled(ILogger logger, string @event, int count, int published);

    [LoggerMessage(3016, LogLevel.Warning, "Graph {Event}: polling failed ({ExceptionType}); the next poll reports what this one missed")]
    public static partial void PollFailed(ILogger logger, string @event, string exceptionType);

    [LoggerMessage(3017, LogLevel.Warning, "Graph {Event}: lifecycle notification {LifecycleEvent} for subscription {SubscriptionId}")]
    public static partial void Lifecycle(ILogger logger, string @event, string subscriptionId, string lifecycleEvent);

    [LoggerMessage(3018, LogLevel.Information, "Graph {Event}: no longer upcoming, watch stopped")]
    public static partial void WatchStopped(ILogger logger, string @event);

    [LoggerMessage(3019, LogLevel.Warning, "Graph {Tenant}: discovery for the watch failed ({ExceptionType}) after {Found} events; keeping current watches")]
    public static partial void WatchDiscoveryFailed(ILogger logger, string tenant, string exceptionType, int found);

    [LoggerMessage(3020, LogLevel.Error, "Graph watch pass failed; the next pass retries")]
    public static partial void WatchPassFailed(ILogger logger, Exception exception);

    [LoggerMessage(3021, LogLevel.Information, "Graph validation request answered ({Length} characters)")]
    public static partial void ValidationAnswered(ILogger logger, int length);

    [LoggerMessage(3022, LogLevel.Warning, "Graph notification body refused with {StatusCode}: {Reason}")]
    public static partial void NotificationBodyRefused(ILogger logger, int statusCode, string reason);

    [LoggerMessage(3023, LogLevel.Warning, "Graph notification for subscription {SubscriptionId} refused: {Reason}")]
    public static partial void NotificationRefused(ILogger logger, string subscriptionId, string reason);

    [LoggerMessage(3024, LogLevel.Information, "Graph notification on subscription {SubscriptionId}: registration {RegistrationId} {ChangeType}")]
    public static partial void NotificationAccepted(ILogger logger, string subscriptionId, string changeType, string registrationId);

    [LoggerMessage(3025, LogLevel.Warning, "Graph notification queue is full ({Capacity}); answering 503 so Graph retries later")]
    public static partial void NotificationQueueFull(ILogger logger, int capacity);

    [LoggerMessage(3026, LogLevel.Error, "Handing Graph registration {RegistrationId} of {Event} to screening failed")]
    public static partial void SinkFailed(ILogger logger, Exception exception, string registrationId, string @event);

    [LoggerMessage(3027, LogLevel.Warning, "Graph registration {RegistrationId} of {Event} could not be read after an update ({ExceptionType}); reported for a fresh look")]
    public static partial void ClassifyFailed(ILogger logger, string registrationId, string @event, string exceptionType);
}
