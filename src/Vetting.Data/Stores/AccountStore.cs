using Microsoft.EntityFrameworkCore;
using Vetting.Core.Platforms;
using Vetting.Core.Vetting;
using Vetting.Data.Model;

namespace Vetting.Data.Stores;

internal sealed class AccountStore(VettingDb db) : IAccountStore
{
    public Task<Upserted<ConnectedAccount>> ConnectAccountAsync(PlatformKind platform, string name, string actor, CancellationToken cancellationToken)
    {
        Require.Text(name, Lengths.Code, nameof(name));
        Require.Actor(actor);
        return db.WriteAsync(async context =>
        {
            var existing = await context.Accounts.FirstOrDefaultAsync(a => a.Platform == platform && a.Name == name, cancellationToken);
            if (existing is not null)
            {
                return new Upserted<ConnectedAccount>(existing.ToRecord(), false);
            }

            var now = db.Now();
            var row = new AccountRow
            {
                Id = db.NewId(),
                Platform = platform,
                Name = name,
                DefaultPolicy = PolicyColumns.From(EventPolicy.NewEventDefault),
                Enabled = true,
                ConnectedAt = now,
                UpdatedAt = now,
                Revision = 1,
            };
            context.Accounts.Add(row);
            await context.AppendAuditAsync(
                Audit.Draft(AuditKind.AccountChanged, actor, "account", row.Id, ("change", "connected"), ("platform", platform), ("account", name),
                    ("policy", EventPolicy.NewEventDefault.Fingerprint)),
                now,
                cancellationToken);
            return new Upserted<ConnectedAccount>(row.ToRecord(), true);
        }, audited: true, cancellationToken);
    }

    public Task<ConnectedAccount?> FindAccountAsync(PlatformKind platform, string name, CancellationToken cancellationToken) =>
        db.ReadAsync(async context =>
            (await context.Accounts.FirstOrDefaultAsync(a => a.Platform == platform && a.Name == name, cancellationToken))?.ToRecord());

    public Task<IReadOnlyList<ConnectedAccount>> ListAccountsAsync(CancellationToken cancellationToken) =>
        db.ReadAsync<IReadOnlyList<ConnectedAccount>>(async context =>
            (await context.Accounts.OrderBy(a => a.Platform).ThenBy(a => a.Name).ToListAsync(cancellationToken)).ConvertAll(a => a.ToRecord()));

    public Task<ConnectedAccount> UpdateAccountAsync(
        Guid accountId, EventPolicy defaultPolicy, bool enabled, int expectedRevision, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(defaultPolicy);
        defaultPolicy.Validate();
        Require.Actor(actor);
        return db.WriteAsync(async context =>
        {
            var row = await context.Accounts.FirstOrDefaultAsync(a => a.Id == accountId, cancellationToken)
                      ?? throw new VettingRuleException($"no account {accountId:N}");
            if (row.Revision != expectedRevision)
            {
                throw new VettingConcurrencyException($"account {accountId:N} is at revision {row.Revision}, not {expectedRevision}");
            }

            var now = db.Now();
            row.DefaultPolicy = PolicyColumns.From(defaultPolicy);
            row.Enabled = enabled;
            row.UpdatedAt = now;
            row.Revision++;
            await context.AppendAuditAsync(
                Audit.Draft(AuditKind.AccountChanged, actor, "account", row.Id, ("change", "updated"), ("policy", defaultPolicy.Fingerprint),
                    ("enabled", enabled ? "true" : "false"), ("revision", row.Revision)),
                now,
                cancellationToken);
            return row.ToRecord();
        }, audited: true, cancellationToken);
    }
}
