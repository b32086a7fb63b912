using System.Globalization;
using Vetting.Service.Api.AuditTrail;
using Vetting.Service.Api.Contracts;

namespace Vetting.Service.Api.Review;

/// <summary>An event's registrants and current decisions as a CSV download (every cell inert in spreadsheets), for the API and the event page.</summary>
internal static class RegistrantExport
{
    private static readonly string[] Header =
        ["registrant_id", "external_id", "first_name", "last_name", "email", "organisation", "job_title", "country", "status", "decision", "decided_by", "decided_at"];

    public static async Task WriteAsync(HttpResponse response, Guid eventId, IReadOnlyList<RegistrantItem> rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(rows);
        response.ContentType = "text/csv; charset=utf-8";
        response.Headers.ContentDisposition = $"attachment; filename=\"registrants-{eventId:N}.csv\"";
        response.Headers.CacheControl = "no-store";
        await using var writer = CsvExport.Open(response.Body);
        await CsvExport.WriteRowAsync(writer, Header, cancellationToken);
        foreach (var row in rows)
        {
            await CsvExport.WriteRowAsync(writer,
                [row.Id.ToString(), row.ExternalId, row.FirstName, row.LastName, row.Email, row.Organisation, row.JobTitle, row.Country, row.Status,
                 row.Decision?.Kind.ToString(), row.Decision?.DecidedBy, row.Decision?.DecidedAt.ToString("O", CultureInfo.InvariantCulture)],
                cancellationToken);
        }
    }
}
