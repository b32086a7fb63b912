using System.Text.Json;
using Vetting.Core.Vetting;

namespace Vetting.Service.Web.Admin;

/// <summary>How the audit page shows one record: its details as key/value pairs and a link to its subject where there is a page.</summary>
internal static class AuditDetails
{
    /// <summary>The details object's pairs in stored order; a record whose details are not a flat JSON object shows them raw.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Pairs(string details)
    {
        try
        {
            using var document = JsonDocument.Parse(details);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return [new("details", details)];
            }

            return document.RootElement.EnumerateObject()
                .Select(p => new KeyValuePair<string, string>(p.Name, p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString() ?? "" : p.Value.GetRawText()))
                .ToList();
        }
        catch (JsonException)
        {
            return [new("details", details)];
        }
    }

    /// <summary>The page of the record's subject (an event, a flag's decision), or null.</summary>
    public static string? SubjectLink(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (!Guid.TryParseExact(entry.SubjectId, "N", out var id))
        {
            return null;
        }

        return entry.SubjectType switch
        {
            "event" => $"/events/{id}",
            "decision" => $"/review/{id}",
            _ => null,
        };
    }
}
