namespace Vetting.Core.Workflow;

/// <summary>What handling a platform's registration notice did.</summary>
public enum NoticeOutcome
{
    /// <summary>The event's registrants were pulled and screened.</summary>
    Pulled,

    /// <summary>The event was not known yet: the account was discovered first, then the event pulled.</summary>
    DiscoveredAndPulled,

    /// <summary>No upcoming event of a configured account has that id: nothing was done (ids logged).</summary>
    UnknownEvent,
}
