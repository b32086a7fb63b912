using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Vetting.Core.Platforms;
using Vetting.Core.Vetting;
using Vetting.Data.Model;

namespace Vetting.Data.Stores;

internal sealed class RegistrantStore(VettingDb db, ILogger<RegistrantStore> logger) : IRegistrantStore
{
    public Task<RegistrantUpsert> UpsertRegistrantAsync(Guid eventId, PlatformRegistrant registrant, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(registrant);
        Check(registrant);
        var content = RegistrantFingerprints.Content(registrant);
        var identity = RegistrantFingerprints.Identity(registrant);
        return db.WriteAsync(async context =>
        {
            var purgedAt = await context.Events.Where(e => e.Id == eventId).Select(e => new { e.PersonalDataPurgedAt }).FirstOrDefaultAsync(cancellationToken)
                           ?? throw new VettingRuleException($"no event {eventId:N}");
            if (purgedAt.PersonalDataPurgedAt is not null)
            {
                throw new VettingRuleException($"event {eventId:N} is past its retention period; its registrants are no longer stored");
            }

            var now = db.Now();
            var row = await context.Registrants.FirstOrDefaultAsync(r => r.EventId == eventId && r.ExternalId == registrant.ExternalId, cancellationToken);
            if (row is null)
            {
                row = new RegistrantRow { Id = db.NewId(), EventId = eventId, ExternalId = registrant.ExternalId, FirstSeenAt = now, Revision = 1 };
                Copy(registrant, row, content, identity, now);
                context.Registrants.Add(row);
                return new RegistrantUpsert(row.ToRecord(), RegistrantChangeKind.Added);
            }

            RegistrantChangeKind change;
            if (row.ContentFingerprint != content)
            {
                change = RegistrantChangeKind.ContentChanged;
            }
            else if (row.Status != registrant.Status)
            {
                change = RegistrantChangeKind.StatusChanged;
            }
            else
            {
                return new RegistrantUpsert(row.ToRecord(), RegistrantChangeKind.Unchanged);
            }

            Copy(registrant, row, content, identity, now);
            row.Revision++;
            return new RegistrantUpsert(row.ToRecord(), change);
        }, audited: false, cancellationToken);
    }

    public Task<VettedRegistrant?> GetRegistrantAsync(Guid registrantId, CancellationToken cancellationToken) =>
        db.ReadAsync(async context => (await context.Registrants.FirstOrDefaultAsync(r => r.Id == registrantId, cancellationToken))?.ToRecord());

    public Task<VettedRegistrant?> FindRegistrantAsync(Guid eventId, string externalId, CancellationToken cancellationToken) =>
        db.ReadAsync(async context => (await context.Registrants
            .FirstOrDefaultAsync(r => r.EventId == eventId && r.ExternalId == externalId, cancellationToken))?.ToRecord());

    public Task<IReadOnlyList<VettedRegistrant>> ListRegistrantsAsync(Guid eventId, CancellationToken cancellationToken) =>
        db.ReadAsync<IReadOnlyList<VettedRegistrant>>(async context => (await context.Registrants
            .Where(r => r.EventId == eventId).OrderBy(r => r.FirstSeenAt).ThenBy(r => r.Id)
            .ToListAsync(cancellationToken)).ConvertAll(r => r.ToRecord()));

    public async Task<PurgeResult> PurgePersonalDataAsync(DateTimeOffset endedBefore, CancellationToken cancellationToken)
    {
        var cutoff = endedBefore.ToUniversalTime();
        var eventIds = await db.ReadAsync(context => context.Events
            .Where(e => e.PersonalDataPurgedAt == null && e.EndUtc != null && e.EndUtc < cutoff)
            .OrderBy(e => e.EndUtc).Select(e => e.Id)
            .ToListAsync(cancellationToken));
        var total = new PurgeResult(0, 0, 0);
        foreach (var eventId in eventIds)
        {
            // One transaction per event keeps each short; an event is either wholly purged (and audited) or not at all.
            var one = await db.WriteAsync(context => PurgeEventAsync(context, eventId, cancellationToken), audited: true, cancellationToken);
            total = new PurgeResult(total.Events + one.Events, total.Registrants + one.Registrants, total.Screenings + one.Screenings);
        }

        if (total.Events > 0)
        {
            Log.PersonalDataPurged(logger, total.Registrants, total.Events);
        }

        return total;
    }

    private async Task<PurgeResult> PurgeEventAsync(Context.VettingDbContext context, Guid eventId, CancellationToken cancellationToken)
    {
        var row = await context.Events.FirstAsync(e => e.Id == eventId, cancellationToken);
        if (row.PersonalDataPurgedAt is not null)
        {
            return new PurgeResult(0, 0, 0);
        }

        var now = db.Now();
        var registrants = await context.Registrants.Where(r => r.EventId == eventId && r.PurgedAt == null).ExecuteUpdateAsync(
            set => set
                .SetProperty(r => r.FirstName, (string?)null)
                .SetProperty(r => r.LastName, (string?)null)
                .SetProperty(r => r.Email, (string?)null)
                .SetProperty(r => r.Organisation, (string?)null)
                .SetProperty(r => r.JobTitle, (string?)null)
                .SetProperty(r => r.Country, (string?)null)
                .SetProperty(r => r.ContentFingerprint, (string?)null)
                .SetProperty(r => r.IdentityFingerprint, (string?)null)
                .SetProperty(r => r.PurgedAt, now)
                .SetProperty(r => r.Revision, r => r.Revision + 1),
            cancellationToken);
        var screenings = await context.Screenings.Where(s => s.EventId == eventId).ExecuteUpdateAsync(
            set => set.SetProperty(s => s.ContentFingerprint, ""), cancellationToken);
        await context.ScreeningMatches
            .Where(m => context.Screenings.Any(s => s.Id == m.ScreeningId && s.EventId == eventId))
            .ExecuteUpdateAsync(set => set.SetProperty(m => m.Explanation, (string?)null), cancellationToken);
        row.PersonalDataPurgedAt = now;
        row.UpdatedAt = now;
        row.Revision++;
        await context.AppendAuditAsync(
            Audit.Draft(AuditKind.PersonalDataPurged, AuditDraft.SystemActor, "event", eventId, ("registrants", registrants), ("screenings", screenings),
                ("endedBefore", now)),
            now,
            cancellationToken);
        return new PurgeResult(1, registrants, screenings);
    }

    private static void Check(PlatformRegistrant registrant)
    {
        Require.Text(registrant.ExternalId, Lengths.Id, "registrant id");
        var where = " (registrant " + registrant.ExternalId + ")";
        Require.Optional(registrant.FirstName, Lengths.Text, "first name" + where);
        Require.Optional(registrant.LastName, Lengths.Text, "last name" + where);
        Require.Optional(registrant.Email, Lengths.Email, "e-mail" + where);
        Require.Optional(registrant.Organisation, Lengths.Text, "organisation" + where);
        Require.Optional(registrant.JobTitle, Lengths.Text, "job title" + where);
        Require.Optional(registrant.Country, Lengths.Code, "country" + where);
    }

    private static void Copy(PlatformRegistrant source, RegistrantRow row, string content, string identity, DateTimeOffset now)
    {
        row.FirstName = source.FirstName;
        row.LastName = source.LastName;
        row.Email = source.Email;
        row.Organisation = source.Organisation;
        row.JobTitle = source.JobTitle;
        row.Country = source.Country;
        row.Status = source.Status;
        row.RegisteredAt = source.RegisteredAt?.ToUniversalTime();
        row.ContentFingerprint = content;
        row.IdentityFingerprint = identity;
        row.UpdatedAt = now;
    }
}
