using Microsoft.EntityFrameworkCore;
using Vetting.Core.Vetting;
using Vetting.Data.Model;

namespace Vetting.Data.Stores;

internal sealed class ScreeningStore(VettingDb db) : IScreeningStore
{
    public Task<Upserted<ScreeningRecord>> SaveScreeningAsync(NewScreening screening, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(screening);
        Require.Text(screening.ContentFingerprint, Lengths.Hash, "content fingerprint");
        screening.Policy.Validate();
        if (!double.IsFinite(screening.Score) || screening.Score is < 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(screening), screening.Score, "a screening score is between 0 and 1");
        }

        var matches = screening.Matches.Select((m, i) => ScreeningMatchRow.From(Checked(m), i)).ToList();
        var key = screening.Key;
        return db.WriteAsync(async context =>
        {
            var existing = await context.Screenings.Include(s => s.Matches)
                .FirstOrDefaultAsync(s => s.RegistrantId == screening.RegistrantId && s.ScreeningKey == key, cancellationToken);
            if (existing is not null)
            {
                return new Upserted<ScreeningRecord>(existing.ToRecord(), false);
            }

            var eventId = await context.Registrants.Where(r => r.Id == screening.RegistrantId).Select(r => (Guid?)r.EventId)
                              .FirstOrDefaultAsync(cancellationToken)
                          ?? throw new VettingRuleException($"no registrant {screening.RegistrantId:N}");
            var row = new ScreeningRow
            {
                Id = db.NewId(),
                RegistrantId = screening.RegistrantId,
                EventId = eventId,
                ScreeningKey = key,
                ContentFingerprint = screening.ContentFingerprint,
                ListVersions = screening.Lists.Key,
                PolicyFingerprint = screening.Policy.Fingerprint,
                PolicyRevision = screening.PolicyRevision,
                Decision = screening.Decision,
                Score = screening.Score,
                ScreenedAt = db.Now(),
                Matches = matches,
            };
            context.Screenings.Add(row);
            return new Upserted<ScreeningRecord>(row.ToRecord(), true);
        }, audited: false, cancellationToken);
    }

    public Task<ScreeningRecord?> GetScreeningAsync(Guid screeningId, CancellationToken cancellationToken) =>
        db.ReadAsync(async context => (await context.Screenings.Include(s => s.Matches)
            .FirstOrDefaultAsync(s => s.Id == screeningId, cancellationToken))?.ToRecord());

    public Task<ScreeningRecord?> GetLatestScreeningAsync(Guid registrantId, CancellationToken cancellationToken) =>
        db.ReadAsync(async context => (await context.Screenings.Include(s => s.Matches)
            .Where(s => s.RegistrantId == registrantId)
            .OrderByDescending(s => s.ScreenedAt).ThenByDescending(s => s.Id)
            .FirstOrDefaultAsync(cancellationToken))?.ToRecord());

    private static ScreeningMatch Checked(ScreeningMatch match)
    {
        ArgumentNullException.ThrowIfNull(match);
        Require.Text(match.EntityId, Lengths.Id, "match entity id");
        Require.Text(match.Source, Lengths.Code, "match source");
        Require.Text(match.EntityFingerprint, Lengths.Hash, "match entity fingerprint");
        return match with
        {
            MatchedName = Require.Shortened(match.MatchedName, Lengths.Text) ?? "",
            Explanation = Require.Shortened(match.Explanation, Lengths.Reason),
        };
    }
}
