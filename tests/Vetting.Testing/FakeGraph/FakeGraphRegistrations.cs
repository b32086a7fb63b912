using System.Globalization;
using System.Text.Json.Nodes;

namespace Vetting.Testing.FakeGraph;

/// <summary>Builds registration objects in Graph's shape (graph-api.md §2–3).</summary>
public static class FakeGraphRegistrations
{
    public static JsonObject Registration(
        string id,
        string? firstName,
        string? lastName,
        string email,
        string status = "registered",
        string? userId = null,
        string registrationDateTime = "2030-11-01T12:00:00Z",
        params (string Question, string Answer)[] answers)
    {
        var answerArray = new JsonArray();
        foreach (var (question, answer) in answers)
        {
            answerArray.Add(new JsonObject
            {
                ["questionId"] = "q-" + question.ToLowerInvariant().Replace(' ', '-'),
                ["displayName"] = question,
                ["value"] = answer,
                ["booleanValue"] = null,
                ["multiChoiceValues"] = new JsonArray(),
            });
        }

        return new JsonObject
        {
            ["@odata.type"] = "#microsoft.graph.virtualEventRegistration",
            ["id"] = id,
            ["userId"] = userId,
            ["firstName"] = firstName,
            ["lastName"] = lastName,
            ["email"] = email,
            ["status"] = status,
            ["registrationDateTime"] = registrationDateTime,
            ["cancelationDateTime"] = null,
            ["preferredTimezone"] = "Pacific Standard Time",
            ["preferredLanguage"] = "en-us",
            ["externalRegistrationInformation"] = null,
            ["registrationQuestionAnswers"] = answerArray,
        };
    }

    /// <summary><paramref name="count"/> anonymous, registered registrants with GUID ids (deterministic), the n-th named "Person n".</summary>
    public static IReadOnlyList<JsonObject> Many(int count, string idPrefix = "00000000-0000-4000-8000-")
    {
        var list = new List<JsonObject>(count);
        for (var i = 1; i <= count; i++)
        {
            var n = i.ToString("D12", CultureInfo.InvariantCulture);
            list.Add(Registration(idPrefix + n, "Person", i.ToString(CultureInfo.InvariantCulture), $"person{i}@example.org",
                answers: [("Company", "Org " + (i % 50).ToString(CultureInfo.InvariantCulture))]));
        }

        return list;
    }
}
