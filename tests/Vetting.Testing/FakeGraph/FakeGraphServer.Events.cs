using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

namespace Vetting.Testing.FakeGraph;

/// <summary>Users, webinars and town halls by organizer, registration settings, registrations with paging, and cancel.</summary>
public sealed partial class FakeGraphServer
{
    private Task GetUserAsync(HttpContext context, FakeGraphTenant tenant, string user)
    {
        var found = tenant.Users.FirstOrDefault(u => string.Equals(u.Id, user, StringComparison.OrdinalIgnoreCase)
            || string.Equals(u.UserPrincipalName, user, StringComparison.OrdinalIgnoreCase));
        return found is null
            ? WriteErrorAsync(context, 404, "Request_ResourceNotFound", "Resource does not exist.")
            : WriteJsonAsync(context, new JsonObject { ["id"] = found.Id, ["userPrincipalName"] = found.UserPrincipalName });
    }

    private Task ListOrganizedAsync(HttpContext context, FakeGraphTenant tenant, string collection, string function)
    {
        var match = FunctionPattern().Match(function);
        if (!match.Success || match.Groups["role"].Value != "organizer")
        {
            return WriteErrorAsync(context, 400, "BadRequest", "Invalid function syntax or role.");
        }

        var userId = match.Groups["user"].Value;
        List<JsonObject> items;
        lock (_gate)
        {
            items = [.. _events.Values
                .Where(e => e.Tenant == tenant && e.Event.Collection == collection
                    && (e.Event.OrganizerId == userId || e.Event.CoOrganizerIds.Contains(userId)))
                .Select(e => EventJson(e.Event))];
        }

        return WritePageAsync(context, items, $"{GraphBaseUrl}/solutions/virtualEvents/{collection}/{function}");
    }

    private Task GetConfigurationAsync(HttpContext context, FakeGraphTenant tenant, string collection, string id)
    {
        if (Find(tenant, collection, id) is not { } state)
        {
            return WriteErrorAsync(context, 404, "NotFound", "Event not found.");
        }

        return WriteJsonAsync(context, new JsonObject
        {
            ["@odata.type"] = state.Event.IsTownhall ? "#microsoft.graph.virtualEventTownhallRegistrationConfiguration" : "#microsoft.graph.virtualEventWebinarRegistrationConfiguration",
            ["id"] = id,
            ["capacity"] = 10000,
            ["isManualApprovalEnabled"] = state.Event.ManualApproval,
            ["isWaitlistEnabled"] = false,
            ["registrationWebUrl"] = state.Event.RegistrationWebUrl,
            ["questions"] = new JsonArray(),
        });
    }

    private Task ListRegistrationsAsync(HttpContext context, FakeGraphTenant tenant, string collection, string id)
    {
        if (Find(tenant, collection, id) is not { } state)
        {
            return WriteErrorAsync(context, 404, "NotFound", "Event not found.");
        }

        List<JsonObject> items;
        lock (_gate)
        {
            items = [.. state.Registrations.Select(r => (JsonObject)r.DeepClone())];
        }

        return WritePageAsync(context, items, $"{GraphBaseUrl}/solutions/virtualEvents/{collection}/{id}/registrations");
    }

    private Task GetRegistrationAsync(HttpContext context, FakeGraphTenant tenant, string collection, string id, string registrationId)
    {
        JsonObject? registration;
        lock (_gate)
        {
            registration = (JsonObject?)Find(tenant, collection, id)?.Find(registrationId)?.DeepClone();
        }

        return registration is null
            ? WriteErrorAsync(context, 404, "NotFound", "Registration not found.")
            : WriteJsonAsync(context, registration);
    }

    private Task CancelAsync(HttpContext context, FakeGraphTenant tenant, string collection, string id, string registrationId)
    {
        lock (_gate)
        {
            var registration = Find(tenant, collection, id)?.Find(registrationId);
            if (registration is null)
            {
                return WriteErrorAsync(context, 404, "NotFound", "Registration not found.");
            }

            if (Scenario.RefuseAppOnlyCancelOfEntraUsers && registration["userId"] is JsonValue user && user.GetValue<string>() is { Length: > 0 })
            {
                return WriteErrorAsync(context, 403, "Forbidden", "Application permissions cannot cancel the registration of a signed-in user.");
            }

            registration["status"] = "canceled";
            registration["cancelationDateTime"] = Clock.GetUtcNow().UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);
        }

        context.Response.StatusCode = 204;
        return Task.CompletedTask;
    }

    /// <summary>One page of <paramref name="items"/> from <c>$skiptoken</c>, with an absolute nextLink to the fake itself.</summary>
    private Task WritePageAsync(HttpContext context, List<JsonObject> items, string self)
    {
        var skip = int.TryParse(context.Request.Query["$skiptoken"], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;
        var page = new JsonArray([.. items.Skip(skip).Take(Scenario.PageSize)]);
        var body = new JsonObject { ["@odata.context"] = GraphBaseUrl + "/$metadata", ["value"] = page };
        if (skip + Scenario.PageSize < items.Count)
        {
            body["@odata.nextLink"] = $"{self}?$skiptoken={(skip + Scenario.PageSize).ToString(CultureInfo.InvariantCulture)}";
        }

        return WriteJsonAsync(context, body);
    }

    private EventState? Find(FakeGraphTenant tenant, string collection, string id)
    {
        lock (_gate)
        {
            return _events.TryGetValue(id, out var state) && state.Tenant == tenant && state.Event.Collection == collection ? state : null;
        }
    }

    private static JsonObject EventJson(FakeGraphEvent item) => new()
    {
        ["@odata.type"] = item.IsTownhall ? "#microsoft.graph.virtualEventTownhall" : "#microsoft.graph.virtualEventWebinar",
        ["id"] = item.Id,
        ["status"] = item.Status,
        ["displayName"] = item.DisplayName,
        ["description"] = new JsonObject { ["contentType"] = "html", ["content"] = "<p>Agenda</p>" },
        ["startDateTime"] = new JsonObject { ["dateTime"] = item.Start, ["timeZone"] = item.TimeZone },
        ["endDateTime"] = new JsonObject { ["dateTime"] = item.End, ["timeZone"] = item.TimeZone },
        ["createdBy"] = new JsonObject { ["user"] = new JsonObject { ["id"] = item.OrganizerId } },
        ["audience"] = "everyone",
        ["coOrganizers"] = new JsonArray(),
        ["isRegistrationRequired"] = item.IsRegistrationRequired,
        ["settings"] = new JsonObject { ["isAttendeeEmailNotificationEnabled"] = false },
    };

    [GeneratedRegex("^getByUserIdAndRole\\(userId='(?<user>[^']*)',role='(?<role>[^']*)'\\)$", RegexOptions.CultureInvariant)]
    private static partial Regex FunctionPattern();
}
