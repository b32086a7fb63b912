using Microsoft.Extensions.Logging;

namespace Vetting.Connectors.Zoom;

/// <summary>
/// Every log line of the Zoom connector (event ids 2000–2999). Ids, codes and counts only: never names, e-mails,
/// topics, tokens, secrets or Zoom's error text (it can quote an e-mail).
/// </summary>
internal static partial class Log
{
    [LoggerMessage(2001, LogLevel.Debug, "Zoom {Account} {Route} answered {StatusCode} (tracking id {TrackingId})")]
    public static partial void Response(ILogger logger, string account, string route, int statusCode, string? trackingId);

    [LoggerMessage(2002, LogLevel.Warning,
        "Zoom {Account} refused {Route} for {Category} {LimitType} limits (tracking id {TrackingId}); waiting {WaitMs} ms, retry {Attempt}")]
    public static partial void RateLimited(
        ILogger logger, string account, string route, string category, string limitType, string? trackingId, long waitMs, int attempt);

    [LoggerMessage(2003, LogLevel.Warning, "Zoom {Account} {Category} requests are paused for {WaitSeconds} s ({Limit}): rescheduling")]
    public static partial void Throttled(ILogger logger, string account, string category, long waitSeconds, string limit);

    [LoggerMessage(2004, LogLevel.Information, "Zoom {Account} issued an access token valid for {LifetimeSeconds} s")]
    public static partial void TokenIssued(ILogger logger, string account, int lifetimeSeconds);

    [LoggerMessage(2005, LogLevel.Warning, "Zoom {Account} rejected the access token on {Route} (code {Code}); renewing it once")]
    public static partial void TokenRejected(ILogger logger, string account, string route, string? code);

    [LoggerMessage(2006, LogLevel.Error, "Zoom {Account} rejected a freshly issued access token on {Route} (code {Code})")]
    public static partial void TokenRejectedTwice(ILogger logger, string account, string route, string? code);

    [LoggerMessage(2007, LogLevel.Warning, "Zoom {Account} expired the page token while listing {Status} registrants of {EventId}; restarting")]
    public static partial void PageTokenExpired(ILogger logger, string account, string eventId, string status);

    [LoggerMessage(2008, LogLevel.Information,
        "Zoom {Event}: {Applied} applied, {AlreadyApplied} already applied, {NotEnforceable} not enforceable, in {Requests} status requests")]
    public static partial void ActionsApplied(ILogger logger, string @event, int applied, int alreadyApplied, int notEnforceable, int requests);

    [LoggerMessage(2009, LogLevel.Warning, "Zoom {Event} answered the {Action} of {Count} registrants but their status did not change")]
    public static partial void ActionsNotVerified(ILogger logger, string @event, string action, int count);

    [LoggerMessage(2010, LogLevel.Warning, "Zoom webhook for account {Account} refused with {StatusCode}: {Reason}")]
    public static partial void WebhookRefused(ILogger logger, string account, int statusCode, string reason);

    [LoggerMessage(2011, LogLevel.Information, "Zoom webhook {EventType} for account {Account}, object {ObjectId}, registrant {RegistrantId} accepted")]
    public static partial void WebhookAccepted(ILogger logger, string account, string eventType, string objectId, string registrantId);

    [LoggerMessage(2012, LogLevel.Error, "Handing Zoom {Change} of registrant {RegistrantId} on {Event} to screening failed")]
    public static partial void SinkFailed(ILogger logger, Exception exception, string change, string registrantId, string @event);

    [LoggerMessage(2013, LogLevel.Warning, "Zoom webhook queue is full ({Capacity}); answering 503 so Zoom retries later")]
    public static partial void WebhookQueueFull(ILogger logger, int capacity);

    [LoggerMessage(2014, LogLevel.Information, "Zoom webhook URL validation answered for account {Account}")]
    public static partial void UrlValidated(ILogger logger, string account);

    [LoggerMessage(2015, LogLevel.Information, "Zoom webhook {EventType} for account {Account} ignored: not a registration event")]
    public static partial void WebhookIgnored(ILogger logger, string account, string eventType);

    [LoggerMessage(2016, LogLevel.Information, "Zoom {Account}: discovered {Count} events with registration from {Hosts} hosts")]
    public static partial void Discovered(ILogger logger, string account, int count, int hosts);

    [LoggerMessage(2017, LogLevel.Warning, "Zoom {Account} {Route} failed with HTTP {StatusCode}, code {Code} (tracking id {TrackingId})")]
    public static partial void ApiError(ILogger logger, string account, string route, int statusCode, string? code, string? trackingId);

    [LoggerMessage(2018, LogLevel.Warning, "Zoom {Account} refused the token request with HTTP {StatusCode} ({Error})")]
    public static partial void TokenRequestFailed(ILogger logger, string account, int statusCode, string? error);
}
