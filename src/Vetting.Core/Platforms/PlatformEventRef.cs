namespace Vetting.Core.Platforms;

/// <summary>
/// Identifies one event (or one occurrence of a recurring event) on one connected platform account.
/// Ids only: safe to log, to store as job arguments and to pass between layers.
/// </summary>
/// <param name="Account">The configured account name (for example <c>osce</c>), not a platform id.</param>
/// <param name="Platform">The platform that hosts the event.</param>
/// <param name="Kind">Meeting, webinar or town hall.</param>
/// <param name="ExternalId">The platform's id of the event (Zoom: the numeric meeting or webinar id).</param>
/// <param name="OccurrenceId">Set when registration is per occurrence of a recurring event; otherwise null.</param>
public sealed record PlatformEventRef(
    string Account,
    PlatformKind Platform,
    PlatformEventKind Kind,
    string ExternalId,
    string? OccurrenceId = null)
{
    public override string ToString() =>
        OccurrenceId is null
            ? $"{Platform}/{Account}/{Kind}/{ExternalId}"
            : $"{Platform}/{Account}/{Kind}/{ExternalId}/{OccurrenceId}";
}
