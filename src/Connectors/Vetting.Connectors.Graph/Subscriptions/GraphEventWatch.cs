using Vetting.Core.Platforms;

namespace Vetting.Connectors.Graph.Subscriptions;

/// <summary>
/// How one upcoming event's new registrations reach screening: through a change-notification subscription, or by
/// polling when no subscription can be held. Changed only by the watch loop; the receiver reads subscriptions through
/// <see cref="GraphSubscriptionRegistry"/>.
/// </summary>
internal sealed class GraphEventWatch(GraphTenant tenant, PlatformEventRef eventRef)
{
    public GraphTenant Tenant { get; } = tenant;

    public PlatformEventRef Ref { get; } = eventRef;

    /// <summary>The held subscription, or null while polling.</summary>
    public GraphSubscription? Subscription { get; set; }

    /// <summary>Why this event is polled (ids and codes only); null while a subscription is held.</summary>
    public string? PollReason { get; set; }

    /// <summary>Registration id → status as last read by a poll; null until the first poll (which then reports everything).</summary>
    public Dictionary<string, RegistrantStatus>? Snapshot { get; set; }

    public DateTimeOffset NextPollAt { get; set; }

    /// <summary>Set when notifications may have been missed: the next pass reads every registration once.</summary>
    public bool CatchUpDue { get; set; }

    public bool IsPolled => Subscription is null;
}
