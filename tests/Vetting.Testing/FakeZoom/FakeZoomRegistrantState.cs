using System.Text.Json.Nodes;

namespace Vetting.Testing.FakeZoom;

/// <summary>A registrant at run time: its current status and the JSON served for it.</summary>
public sealed class FakeZoomRegistrantState
{
    public FakeZoomRegistrantState(FakeZoomRegistrant source)
    {
        Id = source.Id;
        Email = source.Email;
        Status = source.Status;
        OccurrenceId = source.OccurrenceId;
        var json = new JsonObject
        {
            ["id"] = source.Id,
            ["email"] = source.Email,
            ["first_name"] = source.FirstName,
            ["last_name"] = source.LastName ?? "",
            ["address"] = "",
            ["city"] = "",
            ["country"] = source.Country ?? "",
            ["zip"] = "",
            ["state"] = "",
            ["phone"] = "",
            ["industry"] = "",
            ["org"] = source.Org ?? "",
            ["job_title"] = source.JobTitle ?? "",
            ["purchasing_time_frame"] = "",
            ["role_in_purchase_process"] = "",
            ["no_of_employees"] = "",
            ["comments"] = "",
            ["custom_questions"] = new JsonArray([.. source.CustomQuestions.Select(q => (JsonNode)new JsonObject { ["title"] = q.Title, ["value"] = q.Value })]),
            ["create_time"] = source.CreateTime ?? "2026-02-20T08:15:30Z",
            ["join_url"] = "https://zoom.us/w/0?tk=fake",
        };
        foreach (var (key, value) in source.Extra ?? [])
        {
            json[key] = value?.DeepClone();
        }

        Json = json;
    }

    public string Id { get; }

    public string Email { get; }

    /// <summary>pending, approved or denied.</summary>
    public string Status { get; set; }

    public string? OccurrenceId { get; }

    /// <summary>The served fields; <c>status</c> is set from <see cref="Status"/> when served.</summary>
    public JsonObject Json { get; }

    public JsonObject Render()
    {
        var copy = (JsonObject)Json.DeepClone();
        copy["status"] = Status;
        return copy;
    }
}
