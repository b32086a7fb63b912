using System.Globalization;
using Vetting.Connectors.Zoom.Api;
using Vetting.Core.Platforms;

namespace Vetting.Connectors.Zoom.Platform;

/// <summary>
/// Maps a meeting or webinar to the events screening works on (zoom-api.md §2.2): none without registration; one per
/// upcoming occurrence when registration is per occurrence (recurring with fixed time, registration type 2 or 3);
/// otherwise one, starting at its next occurrence.
/// </summary>
internal static class ZoomEventMapper
{
    public static IEnumerable<PlatformEvent> Map(string account, PlatformEventKind kind, long listedId, ZoomEventDetail detail, DateTimeOffset now)
    {
        var id = (detail.Id ?? listedId).ToString(CultureInfo.InvariantCulture);
        RegistrationApproval? approval = detail.Settings?.ApprovalType switch
        {
            0 => RegistrationApproval.Automatic,
            1 => RegistrationApproval.Manual,
            _ => null,
        };
        if (approval is not { } mode)
        {
            yield break;
        }

        var duration = TimeSpan.FromMinutes(Math.Max(0, detail.Duration ?? 0));
        var upcoming = (detail.Occurrences ?? [])
            .Where(o => o is not null && !string.IsNullOrWhiteSpace(o.OccurrenceId) && o.StartTime is not null)
            .Where(o => o.Status is null || string.Equals(o.Status, "available", StringComparison.OrdinalIgnoreCase))
            .Where(o => o.StartTime!.Value + TimeSpan.FromMinutes(o.Duration ?? detail.Duration ?? 0) >= now)
            .OrderBy(o => o.StartTime)
            .ToList();
        var recurringFixed = detail.Type is 8 or 9;
        var topic = detail.Topic ?? "";
        if (recurringFixed && detail.Settings?.RegistrationType is 2 or 3 && upcoming.Count > 0)
        {
            foreach (var occurrence in upcoming)
            {
                var occurrenceDuration = occurrence.Duration is { } minutes ? TimeSpan.FromMinutes(minutes) : duration;
                yield return new PlatformEvent(
                    new PlatformEventRef(account, PlatformKind.Zoom, kind, id, occurrence.OccurrenceId),
                    topic, occurrence.StartTime, detail.Timezone, occurrenceDuration, mode);
            }

            yield break;
        }

        var start = recurringFixed && upcoming.Count > 0 ? upcoming[0].StartTime : detail.StartTime;
        yield return new PlatformEvent(new PlatformEventRef(account, PlatformKind.Zoom, kind, id), topic, start, detail.Timezone, duration, mode);
    }
}
