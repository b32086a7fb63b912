using System.Globalization;
using System.Runtime.CompilerServices;
using Vetting.Core.Vetting;

namespace Vetting.Service.Api.AuditTrail;

/// <summary>
/// Audit records as a CSV download with their hashes (anyone can recompute the chain from it), every cell inert in
/// spreadsheets (<see cref="CsvExport"/>). Used by the API's export (the whole log) and the audit page's (one search).
/// </summary>
internal static class AuditCsv
{
    private const int Batch = 1000;

    public static async Task WriteAsync(HttpResponse response, string fileName, IAsyncEnumerable<AuditEntry> entries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.ContentType = "text/csv; charset=utf-8";
        response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
        await using var writer = CsvExport.Open(response.Body);
        await CsvExport.WriteRowAsync(writer, ["sequence", "at", "kind", "actor", "subject_type", "subject_id", "details", "previous_hash", "hash"], cancellationToken);
        await foreach (var entry in entries.WithCancellation(cancellationToken))
        {
            await CsvExport.WriteRowAsync(writer,
                [entry.Sequence.ToString(CultureInfo.InvariantCulture), entry.At.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture),
                 entry.Kind.ToString(), entry.Actor, entry.SubjectType, entry.SubjectId, entry.Details, entry.PreviousHash, entry.Hash],
                cancellationToken);
        }
    }

    /// <summary>The whole log, oldest first.</summary>
    public static async IAsyncEnumerable<AuditEntry> All(IAuditLog audit, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(audit);
        long after = 0;
        while (true)
        {
            var page = await audit.ReadAsync(after, Batch, cancellationToken);
            foreach (var entry in page)
            {
                yield return entry;
            }

            if (page.Count < Batch)
            {
                yield break;
            }

            after = page[^1].Sequence;
        }
    }

    /// <summary>Every record the search finds (all pages), newest first.</summary>
    public static async IAsyncEnumerable<AuditEntry> Matching(IAuditLog audit, AuditQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(audit);
        ArgumentNullException.ThrowIfNull(query);
        var next = query with { Take = Batch };
        while (true)
        {
            var page = await audit.SearchAsync(next, cancellationToken);
            foreach (var entry in page)
            {
                yield return entry;
            }

            if (page.Count < Batch)
            {
                yield break;
            }

            next = next with { BeforeSequence = page[^1].Sequence };
        }
    }
}
