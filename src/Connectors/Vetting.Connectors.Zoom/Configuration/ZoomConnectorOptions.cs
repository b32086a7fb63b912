using System.ComponentModel.DataAnnotations;

namespace Vetting.Connectors.Zoom.Configuration;

/// <summary>The Zoom connector's settings, bound from <c>Connectors:Zoom</c>. Accounts are keyed by a name of our choosing.</summary>
public sealed class ZoomConnectorOptions
{
    public const string SectionName = "Connectors:Zoom";

    /// <summary>Connected accounts by name (<c>Connectors:Zoom:Accounts:&lt;name&gt;:…</c>).</summary>
    public IDictionary<string, ZoomAccountOptions> Accounts { get; } =
        new Dictionary<string, ZoomAccountOptions>(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The longest a request will wait in-process for rate limits (client-side bucket plus 429 back-off). A longer
    /// wait throws <c>PlatformThrottledException</c> so the job is rescheduled instead of holding a thread.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:05:00", ErrorMessage = "{0} must be between 0 and 5 minutes.")]
    public TimeSpan MaxThrottleWait { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How many 429 answers in a row one request sits out before giving up with a throttling exception.</summary>
    [Range(0, 10, ErrorMessage = "{0} must be between 0 and 10.")]
    public int MaxRateLimitRetries { get; set; } = 4;

    /// <summary>First back-off before retrying a 5xx or a dropped connection; doubles each try, with jitter.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:01:00", ErrorMessage = "{0} must be between 1 ms and 1 minute.")]
    public TimeSpan ServerErrorRetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Retries after a 5xx or a dropped connection (zoom-api.md §5: at most 5 tries in all).</summary>
    [Range(1, 10, ErrorMessage = "{0} must be between 1 and 10.")]
    public int ServerErrorMaxRetries { get; set; } = 4;

    /// <summary>Timeout of one HTTP attempt, including in-process rate-limit waits; must exceed <see cref="MaxThrottleWait"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00", ErrorMessage = "{0} must be between 100 ms and 10 minutes.")]
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Webhooks whose <c>x-zm-request-timestamp</c> is further than this from now are refused (zoom-api.md §6).</summary>
    [Range(typeof(TimeSpan), "00:00:10", "01:00:00", ErrorMessage = "{0} must be between 10 seconds and 1 hour.")]
    public TimeSpan WebhookTimestampTolerance { get; set; } = TimeSpan.FromMinutes(5);
}
