using Microsoft.Graph.Models;
using Vetting.Core.Platforms;

namespace Vetting.Connectors.Graph.Platform;

/// <summary>
/// Maps a webinar or town hall to the event screening works on (graph-api.md §2): none when cancelled, a draft, over, or
/// without registration; times in UTC; manual approval from the registration settings.
/// </summary>
internal static class GraphEventMapper
{
    /// <summary>Whether a listed event is worth reading further: published (or a status this SDK does not know), with registration, not over.</summary>
    public static bool IsCandidate(VirtualEvent item, DateTimeOffset now)
    {
        if (item.Status is VirtualEventStatus.Canceled or VirtualEventStatus.Draft || item.IsRegistrationRequired == false)
        {
            return false;
        }

        return GraphDateTimes.ToUtc(item.EndDateTime) is not { } end || end >= now;
    }

    public static PlatformEvent Map(string tenant, PlatformEventKind kind, VirtualEvent item, VirtualEventRegistrationConfiguration? configuration)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(item.Id);
        var start = GraphDateTimes.ToUtc(item.StartDateTime);
        var end = GraphDateTimes.ToUtc(item.EndDateTime);
        var duration = start is { } s && end is { } e && e > s ? e - s : TimeSpan.Zero;
        var approval = configuration?.IsManualApprovalEnabled == true ? RegistrationApproval.Manual : RegistrationApproval.Automatic;
        return new PlatformEvent(
            new PlatformEventRef(tenant, PlatformKind.MicrosoftGraph, kind, item.Id),
            item.DisplayName?.Trim() ?? "",
            start,
            GraphDateTimes.IanaName(item.StartDateTime?.TimeZone),
            duration,
            approval);
    }
}
