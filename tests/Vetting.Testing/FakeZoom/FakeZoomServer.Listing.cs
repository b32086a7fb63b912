using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Vetting.Testing.FakeZoom;

/// <summary>Users, a host's meetings and webinars, and one meeting or webinar (zoom-api.md §2.1, §2.2, §3).</summary>
public sealed partial class FakeZoomServer
{
    private static readonly string[] MeetingListTypes = ["scheduled", "live", "upcoming", "upcoming_meetings", "previous_meetings"];

    private Task ListUsersAsync(HttpContext context, FakeZoomAccount account)
    {
        var status = context.Request.Query["status"].FirstOrDefault() ?? "active";
        var users = account.Users.Where(u => u.Status == status)
            .Select(u => (JsonNode)new JsonObject { ["id"] = u.Id, ["email"] = u.Email, ["status"] = u.Status, ["type"] = 2 })
            .ToList();
        return WritePageAsync(context, QueryKey(context), users, "users");
    }

    private Task ListEventsAsync(HttpContext context, FakeZoomAccount account, string userId, bool webinars)
    {
        var user = account.Users.FirstOrDefault(u => u.Id == userId || string.Equals(u.Email, userId, StringComparison.OrdinalIgnoreCase));
        if (user is null)
        {
            return WriteErrorAsync(context, 404, 1001, $"User does not exist: {userId}.");
        }

        var type = context.Request.Query["type"].FirstOrDefault() ?? "scheduled";
        if (!MeetingListTypes.Contains(type))
        {
            return WriteErrorAsync(context, 400, 300, "Validation Failed.", "type");
        }

        var now = Clock.GetUtcNow();
        var upcoming = type is "upcoming" or "upcoming_meetings";
        var items = (webinars ? account.Webinars : account.Meetings)
            .Where(e => e.HostId == user.Id)
            .Where(e => !upcoming || IsUpcoming(e, now))
            .Select(e => (JsonNode)Summary(e))
            .ToList();
        return WritePageAsync(context, QueryKey(context), items, webinars ? "webinars" : "meetings");
    }

    private Task GetEventAsync(HttpContext context, FakeZoomAccount account, string segment, string idText)
    {
        if (Find(account, segment, idText, out var state, out var error) is { } failure)
        {
            return WriteErrorAsync(context, failure, error.Code, error.Message);
        }

        var body = Summary(state!.Event);
        body["status"] = "waiting";
        body["occurrences"] = new JsonArray([.. state.Event.Occurrences.Select(o => (JsonNode)new JsonObject
        {
            ["occurrence_id"] = o.OccurrenceId,
            ["start_time"] = o.StartTime,
            ["duration"] = o.Duration,
            ["status"] = o.Status,
        })]);
        body["settings"] = new JsonObject
        {
            ["approval_type"] = state.Event.ApprovalType,
            ["registration_type"] = state.Event.RegistrationType,
            ["close_registration"] = false,
            ["registrants_confirmation_email"] = true,
        };
        return WriteJsonAsync(context, 200, body);
    }

    /// <summary>Finds an event of the account by route segment and id: 404/3001 unknown, 400/3000 webinar on a meeting route.</summary>
    private int? Find(FakeZoomAccount account, string segment, string idText, out FakeZoomEventState? state, out (int Code, string Message) error)
    {
        state = null;
        error = default;
        if (!long.TryParse(idText, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            || !_events.TryGetValue(id, out var found) || found.Account != account)
        {
            error = (3001, segment == "webinars" ? $"Webinar does not exist: {idText}." : $"Meeting does not exist: {idText}.");
            return 404;
        }

        if (found.Segment != segment)
        {
            error = (3000, segment == "meetings" ? "Cannot access webinar info." : "Cannot access meeting info.");
            return 400;
        }

        state = found;
        return null;
    }

    private static JsonObject Summary(FakeZoomEvent e) => new()
    {
        ["uuid"] = e.Uuid,
        ["id"] = e.IdAsString ? JsonValue.Create(e.Id.ToString(CultureInfo.InvariantCulture)) : JsonValue.Create(e.Id),
        ["host_id"] = e.HostId,
        ["topic"] = e.Topic,
        ["type"] = e.Type,
        ["start_time"] = e.StartTime,
        ["duration"] = e.Duration,
        ["timezone"] = e.Timezone,
        ["created_at"] = "2026-01-10T09:00:00Z",
        ["join_url"] = "https://zoom.us/j/" + e.Id.ToString(CultureInfo.InvariantCulture),
    };

    private static bool IsUpcoming(FakeZoomEvent e, DateTimeOffset now)
    {
        static bool Ahead(string? start, int minutes, DateTimeOffset now) =>
            start is null || (DateTimeOffset.TryParse(start, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) && at.AddMinutes(minutes) >= now);

        return e.Occurrences.Count > 0 ? e.Occurrences.Any(o => Ahead(o.StartTime, o.Duration, now)) : Ahead(e.StartTime, e.Duration, now);
    }
}
