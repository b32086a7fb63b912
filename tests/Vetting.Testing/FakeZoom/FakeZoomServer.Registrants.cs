using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Vetting.Testing.FakeZoom;

/// <summary>Registrant listing and status updates with Zoom's rules (zoom-api.md §2.3, §2.4).</summary>
public sealed partial class FakeZoomServer
{
    private static readonly string[] Statuses = ["pending", "approved", "denied"];

    private Task ListRegistrantsAsync(HttpContext context, FakeZoomAccount account, string segment, string idText)
    {
        if (Find(account, segment, idText, out var state, out var error) is { } failure)
        {
            return WriteErrorAsync(context, failure, error.Code, error.Message);
        }

        if (state!.Event.ApprovalType == 2)
        {
            return WriteErrorAsync(context, 400, 300, "This meeting has not registration required: " + idText);
        }

        var status = context.Request.Query["status"].FirstOrDefault() ?? "approved";
        if (!Statuses.Contains(status))
        {
            return WriteErrorAsync(context, 400, 300, "Validation Failed.", "status");
        }

        var occurrence = context.Request.Query["occurrence_id"].FirstOrDefault();
        List<JsonNode> items;
        lock (_gate)
        {
            items = [.. state.Registrants
                .Where(r => r.Status == status && (occurrence is null || r.OccurrenceId == occurrence))
                .Select(r => (JsonNode)r.Render())];
        }

        return WritePageAsync(context, QueryKey(context), items, "registrants");
    }

    private async Task UpdateStatusAsync(HttpContext context, FakeZoomAccount account, string segment, string idText, bool noOp)
    {
        if (Find(account, segment, idText, out var state, out var error) is { } failure)
        {
            await WriteErrorAsync(context, failure, error.Code, error.Message);
            return;
        }

        JsonObject? body;
        try
        {
            body = JsonNode.Parse(await new StreamReader(context.Request.Body).ReadToEndAsync(context.RequestAborted)) as JsonObject;
        }
        catch (JsonException)
        {
            body = null;
        }

        var action = body?["action"] is JsonValue a && a.TryGetValue<string>(out var text) ? text : null;
        if (body is null || action is not ("approve" or "deny" or "cancel"))
        {
            await WriteErrorAsync(context, 400, 300, "Validation Failed.", "action");
            return;
        }

        if (state!.Event.ApprovalType == 2)
        {
            await WriteErrorAsync(context, 400, 300, "This meeting has not registration required: " + idText);
            return;
        }

        if (body["registrants"] is not JsonArray list)
        {
            // Zoom answers 204 and changes nothing when the key is missing or singular (zoom-api.md §8.3).
            context.Response.StatusCode = body.ContainsKey("registrant") || !body.ContainsKey("registrants") ? 204 : 400;
            return;
        }

        if (list.Count > Scenario.MaxStatusBatch)
        {
            await WriteErrorAsync(context, 400, 300, $"Validation Failed. At most {Scenario.MaxStatusBatch} registrants.", "registrants");
            return;
        }

        var occurrence = context.Request.Query["occurrence_id"].FirstOrDefault();
        string? missing = null;
        lock (_gate)
        {
            var targets = new List<FakeZoomRegistrantState?>();
            foreach (var item in list)
            {
                var id = item?["id"] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
                var found = id is not null && state.ById.TryGetValue(id, out var r) && (occurrence is null || r.OccurrenceId == occurrence) ? r : null;
                if (found is null)
                {
                    missing = id ?? "(no id)";
                    break;
                }

                var email = item?["email"] is JsonValue e && e.TryGetValue<string>(out var m) ? m : null;
                // A mismatched e-mail makes Zoom skip the item silently (laravel-zoom #96).
                targets.Add(email is null || string.Equals(email, found.Email, StringComparison.OrdinalIgnoreCase) ? found : null);
            }

            foreach (var target in targets.Where(t => t is not null && !noOp && missing is null))
            {
                var from = target!.Status;
                target.Status = action == "approve" ? "approved" : "denied";
                _changes.Add(new FakeZoomStatusChange(state.Event.Id, target.Id, action, from, target.Status));
            }
        }

        if (missing is not null)
        {
            await WriteErrorAsync(context, 404, 3001, "Registrant not found: " + missing);
            return;
        }

        context.Response.StatusCode = 204;
    }
}
