using System.ComponentModel.DataAnnotations;

namespace Vetting.Connectors.Graph.Configuration;

/// <summary>The Graph connector's settings, bound from <c>Connectors:MicrosoftGraph</c>. Tenants are keyed by a name of our choosing.</summary>
public sealed class GraphConnectorOptions
{
    public const string SectionName = "Connectors:MicrosoftGraph";

    /// <summary>Connected tenants by name (<c>Connectors:MicrosoftGraph:Tenants:&lt;name&gt;:…</c>).</summary>
    public IDictionary<string, GraphTenantOptions> Tenants { get; } =
        new Dictionary<string, GraphTenantOptions>(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The longest one throttled request waits in-process (Retry-After, or the SDK's back-off when there is none). A
    /// longer wait throws <c>PlatformThrottledException</c> so the job is rescheduled instead of holding a thread.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:03:00", ErrorMessage = "{0} must be between 0 and 3 minutes (the SDK caps a wait at 180 s).")]
    public TimeSpan MaxThrottleWait { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Retries of the SDK's retry handler for 429, 503 and 504 (graph-api.md §6: at most 10).</summary>
    [Range(0, 10, ErrorMessage = "{0} must be between 0 and 10.")]
    public int MaxRetries { get; set; } = 3;

    /// <summary>The SDK's back-off base in whole seconds when no Retry-After is given: waits are base·2^n.</summary>
    [Range(0, 180, ErrorMessage = "{0} must be between 0 and 180 seconds.")]
    public int RetryDelaySeconds { get; set; } = 3;

    /// <summary>Retries after a dropped connection or an attempt timeout (the SDK does not retry those).</summary>
    [Range(0, 5, ErrorMessage = "{0} must be between 0 and 5.")]
    public int ConnectionRetries { get; set; } = 2;

    /// <summary>Timeout of one SDK call including its own throttling retries; must exceed MaxRetries × MaxThrottleWait.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:30:00", ErrorMessage = "{0} must be between 1 second and 30 minutes.")]
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Lifetime asked for a registration subscription; Graph allows at most one day for virtual events.</summary>
    [Range(typeof(TimeSpan), "00:05:00", "1.00:00:00", ErrorMessage = "{0} must be between 5 minutes and 1 day.")]
    public TimeSpan SubscriptionLifetime { get; set; } = TimeSpan.FromHours(23);

    /// <summary>A subscription with less than this left is renewed; must be shorter than SubscriptionLifetime.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "23:00:00", ErrorMessage = "{0} must be between 1 minute and 23 hours.")]
    public TimeSpan RenewBefore { get; set; } = TimeSpan.FromHours(6);

    /// <summary>How often events without a subscription are polled for new and changed registrations.</summary>
    [Range(typeof(TimeSpan), "00:00:05", "1.00:00:00", ErrorMessage = "{0} must be between 5 seconds and 1 day.")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How often organizers' events are rediscovered, subscriptions renewed and polling is due-checked.</summary>
    [Range(typeof(TimeSpan), "00:00:05", "1.00:00:00", ErrorMessage = "{0} must be between 5 seconds and 1 day.")]
    public TimeSpan WatchInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Whether the background watch (subscriptions, renewal, polling) runs in a host; off for one-shot tools.</summary>
    public bool WatchEnabled { get; set; } = true;
}
