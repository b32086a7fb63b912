using Microsoft.EntityFrameworkCore;
using Vetting.Core.Vetting;
using Vetting.Data.Context;
using Vetting.Data.Model;

namespace Vetting.Data.Stores;

/// <summary>The audit records an <see cref="AuditQuery"/> selects, as a query the database runs.</summary>
internal static class AuditSearch
{
    public static async Task<IQueryable<AuditRow>> FilterAsync(VettingDbContext context, AuditQuery query, CancellationToken cancellationToken)
    {
        IQueryable<AuditRow> rows = context.AuditLog;
        if (query.BeforeSequence is { } before)
        {
            rows = rows.Where(a => a.Sequence < before);
        }

        if (query.Kind is { } kind)
        {
            rows = rows.Where(a => a.Kind == kind);
        }

        if (!string.IsNullOrWhiteSpace(query.Actor))
        {
            var actor = query.Actor.Trim();
            rows = rows.Where(a => a.Actor == actor);
        }

        if (query.EventId is { } eventId)
        {
            // The event's own records carry it as subject, decisions name it in their details ("event":"<id>"); the
            // records of its actions, clearances and releases name only their own ids, so those are looked up first.
            var id = eventId.ToString("N");
            var quoted = "\"" + id + "\"";
            var subjects = await SubjectsOfEventAsync(context, eventId, cancellationToken);
            rows = rows.Where(a => (a.SubjectType == "event" && a.SubjectId == id) || a.Details.Contains(quoted) || subjects.Contains(a.SubjectId));
        }

        if (query.From is { } from)
        {
            var start = AuditHash.Truncate(from);
            rows = rows.Where(a => a.At >= start);
        }

        if (query.Until is { } until)
        {
            var end = AuditHash.Truncate(until);
            rows = rows.Where(a => a.At < end);
        }

        if (!string.IsNullOrWhiteSpace(query.Text))
        {
            var text = query.Text.Trim().ToLowerInvariant();

            // Translated to SQL LOWER(...) and a substring test on every provider; the culture and comparison overloads the
            // analysers ask for have no SQL translation. Audit text is ids and codes, so the database's lower-casing is enough.
#pragma warning disable CA1304, CA1311, CA1862
            rows = rows.Where(a => a.Actor.ToLower().Contains(text) || a.SubjectType.ToLower().Contains(text)
                                   || a.SubjectId.ToLower().Contains(text) || a.Details.ToLower().Contains(text));
#pragma warning restore CA1304, CA1311, CA1862
        }

        return rows;
    }

    /// <summary>Ids (<c>N</c> format) of the event's actions, and of the clearances and releases of its decisions.</summary>
    private static async Task<List<string>> SubjectsOfEventAsync(VettingDbContext context, Guid eventId, CancellationToken cancellationToken)
    {
        var decisions = context.Decisions.Where(d => d.EventId == eventId).Select(d => d.Id);
        var ids = await context.Actions.Where(a => a.EventId == eventId).Select(a => a.Id).ToListAsync(cancellationToken);
        ids.AddRange(await context.Clearances.Where(c => decisions.Contains(c.DecisionId)).Select(c => c.Id).ToListAsync(cancellationToken));
        ids.AddRange(await context.Releases.Where(r => decisions.Contains(r.ConfirmedDecisionId)).Select(r => r.Id).ToListAsync(cancellationToken));
        return ids.ConvertAll(i => i.ToString("N"));
    }
}
