using Microsoft.EntityFrameworkCore;
using Vetting.Core.Platforms;
using Vetting.Core.Vetting;
using Vetting.Data.Model;

namespace Vetting.Data.Stores;

internal sealed class EventStore(VettingDb db) : IEventStore
{
    public Task<Upserted<VettedEvent>> UpsertDiscoveredEventAsync(Guid accountId, PlatformEvent discovered, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(discovered);
        var eventRef = discovered.Ref;
        Require.Text(eventRef.ExternalId, Lengths.Code, "event external id");
        Require.Optional(eventRef.OccurrenceId, Lengths.Code, "occurrence id");
        Require.Optional(discovered.Topic, Lengths.Topic, "topic");
        if (discovered.Duration < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(discovered), discovered.Duration, "an event's duration cannot be negative");
        }

        var occurrence = eventRef.OccurrenceId ?? "";
        var start = discovered.StartUtc?.ToUniversalTime();
        var end = start + discovered.Duration;
        return db.WriteAsync(async context =>
        {
            var account = await context.Accounts.AsNoTracking().FirstOrDefaultAsync(a => a.Id == accountId, cancellationToken)
                          ?? throw new VettingRuleException($"no account {accountId:N}");
            if (account.Platform != eventRef.Platform || !string.Equals(account.Name, eventRef.Account, StringComparison.Ordinal))
            {
                throw new VettingRuleException($"event {eventRef} does not belong to account {accountId:N}");
            }

            var now = db.Now();
            var row = await context.Events.FirstOrDefaultAsync(
                e => e.AccountId == accountId && e.Kind == eventRef.Kind && e.ExternalId == eventRef.ExternalId && e.OccurrenceKey == occurrence,
                cancellationToken);
            if (row is not null)
            {
                if (row.Topic != discovered.Topic || row.StartUtc != start || row.DurationSeconds != (long)discovered.Duration.TotalSeconds
                    || row.Approval != discovered.Approval)
                {
                    row.Topic = discovered.Topic;
                    row.StartUtc = start;
                    row.EndUtc = end;
                    row.DurationSeconds = (long)discovered.Duration.TotalSeconds;
                    row.Approval = discovered.Approval;
                    row.UpdatedAt = now;
                    row.Revision++;
                }

                return new Upserted<VettedEvent>(row.ToRecord(), false);
            }

            row = new EventRow
            {
                Id = db.NewId(),
                AccountId = accountId,
                Platform = eventRef.Platform,
                AccountName = eventRef.Account,
                Kind = eventRef.Kind,
                ExternalId = eventRef.ExternalId,
                OccurrenceKey = occurrence,
                Topic = discovered.Topic,
                StartUtc = start,
                EndUtc = end,
                DurationSeconds = (long)discovered.Duration.TotalSeconds,
                Approval = discovered.Approval,
                Policy = PolicyColumns.From(account.DefaultPolicy.ToPolicy()),
                PolicyRevision = 1,
                DiscoveredAt = now,
                UpdatedAt = now,
                Revision = 1,
            };
            context.Events.Add(row);
            await context.AppendAuditAsync(
                Audit.Draft(AuditKind.EventPolicyChanged, AuditDraft.SystemActor, "event", row.Id, ("change", "discovered"), ("account", accountId),
                    ("policy", account.DefaultPolicy.ToPolicy().Fingerprint), ("policyRevision", 1)),
                now,
                cancellationToken);
            return new Upserted<VettedEvent>(row.ToRecord(), true);
        }, audited: true, cancellationToken);
    }

    public Task<VettedEvent?> GetEventAsync(Guid eventId, CancellationToken cancellationToken) =>
        db.ReadAsync(async context => (await context.Events.FirstOrDefaultAsync(e => e.Id == eventId, cancellationToken))?.ToRecord());

    public Task<VettedEvent?> FindEventAsync(PlatformEventRef eventRef, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(eventRef);
        var occurrence = eventRef.OccurrenceId ?? "";
        return db.ReadAsync(async context => (await context.Events.FirstOrDefaultAsync(
            e => e.Platform == eventRef.Platform && e.AccountName == eventRef.Account && e.Kind == eventRef.Kind
                 && e.ExternalId == eventRef.ExternalId && e.OccurrenceKey == occurrence,
            cancellationToken))?.ToRecord());
    }

    public Task<IReadOnlyList<VettedEvent>> ListEventsStartingAsync(DateTimeOffset from, DateTimeOffset until, CancellationToken cancellationToken)
    {
        var fromUtc = from.ToUniversalTime();
        var untilUtc = until.ToUniversalTime();
        return db.ReadAsync<IReadOnlyList<VettedEvent>>(async context =>
            (await context.Events.Where(e => e.StartUtc >= fromUtc && e.StartUtc < untilUtc)
                .OrderBy(e => e.StartUtc).ThenBy(e => e.Id)
                .ToListAsync(cancellationToken)).ConvertAll(e => e.ToRecord()));
    }

    public Task<VettedEvent> SetEventPolicyAsync(Guid eventId, EventPolicy policy, int expectedRevision, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(policy);
        policy.Validate();
        Require.Actor(actor);
        return db.WriteAsync(async context =>
        {
            var row = await context.Events.FirstOrDefaultAsync(e => e.Id == eventId, cancellationToken)
                      ?? throw new VettingRuleException($"no event {eventId:N}");
            if (row.Revision != expectedRevision)
            {
                throw new VettingConcurrencyException($"event {eventId:N} is at revision {row.Revision}, not {expectedRevision}");
            }

            var now = db.Now();
            row.Policy = PolicyColumns.From(policy);
            row.PolicyRevision++;
            row.UpdatedAt = now;
            row.Revision++;
            await context.AppendAuditAsync(
                Audit.Draft(AuditKind.EventPolicyChanged, actor, "event", row.Id, ("change", "updated"), ("policy", policy.Fingerprint),
                    ("policyRevision", row.PolicyRevision)),
                now,
                cancellationToken);
            return row.ToRecord();
        }, audited: true, cancellationToken);
    }
}
