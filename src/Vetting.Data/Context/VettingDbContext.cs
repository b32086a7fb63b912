using System.Data.Common;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Vetting.Core.Platforms;
using Vetting.Core.Vetting;
using Vetting.Data.Model;
using Vetting.Matching;

namespace Vetting.Data.Context;

/// <summary>
/// The vetting model, shared by one subclass per provider (each with its own migrations). A context lives for one unit
/// of work; it caches the audit chain's head for the records that unit appends. It also holds the service's
/// data-protection key ring on server databases, so every replica reads the cookies the others issue.
/// </summary>
internal abstract class VettingDbContext : DbContext, IDataProtectionKeyContext
{
    private (long Sequence, string Hash)? _auditHead;

    protected VettingDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public abstract DatabaseProvider Provider { get; }

    public DbSet<AccountRow> Accounts => Set<AccountRow>();

    public DbSet<EventRow> Events => Set<EventRow>();

    public DbSet<RegistrantRow> Registrants => Set<RegistrantRow>();

    public DbSet<ScreeningRow> Screenings => Set<ScreeningRow>();

    public DbSet<ScreeningMatchRow> ScreeningMatches => Set<ScreeningMatchRow>();

    public DbSet<DecisionRow> Decisions => Set<DecisionRow>();

    public DbSet<ActionRow> Actions => Set<ActionRow>();

    public DbSet<ClearanceRow> Clearances => Set<ClearanceRow>();

    public DbSet<ReleaseRow> Releases => Set<ReleaseRow>();

    public DbSet<FinalCheckRow> FinalChecks => Set<FinalCheckRow>();

    public DbSet<AuditRow> AuditLog => Set<AuditRow>();

    /// <summary>ASP.NET Core data-protection keys (XML), written by the key manager, read by every replica.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>True for errors another attempt can get past: a unique key taken by a concurrent writer, a deadlock, a busy file.</summary>
    public abstract bool IsTransientConflict(DbException exception);

    /// <summary>
    /// Serialises audit appends across processes until the current transaction ends. Taken first in a transaction that
    /// audits, so writers queue instead of deadlocking.
    /// </summary>
    public abstract Task LockAuditChainAsync(CancellationToken cancellationToken);

    /// <summary>The last audit record (including ones this unit appended): sequence 0 and the genesis hash when empty.</summary>
    public async Task<(long Sequence, string Hash)> GetAuditHeadAsync(CancellationToken cancellationToken)
    {
        if (_auditHead is { } cached)
        {
            return cached;
        }

        var head = await AuditLog.AsNoTracking()
            .OrderByDescending(a => a.Sequence)
            .Select(a => new { a.Sequence, a.Hash })
            .FirstOrDefaultAsync(cancellationToken);
        _auditHead = head is null ? (0, AuditHash.Genesis) : (head.Sequence, head.Hash);
        return _auditHead.Value;
    }

    /// <summary>Adds the next audit record after the head; saved with the rest of the unit of work.</summary>
    public async Task<AuditRow> AppendAuditAsync(AuditDraft draft, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        draft.Validate();
        var (sequence, previousHash) = await GetAuditHeadAsync(cancellationToken);
        var row = new AuditRow
        {
            Sequence = sequence + 1,
            At = AuditHash.Truncate(at),
            Kind = draft.Kind,
            Actor = draft.Actor,
            SubjectType = draft.SubjectType,
            SubjectId = draft.SubjectId,
            Details = AuditHash.CanonicalDetails(draft.Details),
            PreviousHash = previousHash,
        };
        row.Hash = AuditHash.Compute(row.PreviousHash, row.Sequence, row.At, row.Kind, row.Actor, row.SubjectType, row.SubjectId, row.Details);
        AuditLog.Add(row);
        _auditHead = (row.Sequence, row.Hash);
        return row;
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        AccountRow.Configure(modelBuilder.Entity<AccountRow>());
        EventRow.Configure(modelBuilder.Entity<EventRow>());
        RegistrantRow.Configure(modelBuilder.Entity<RegistrantRow>());
        ScreeningRow.Configure(modelBuilder.Entity<ScreeningRow>());
        ScreeningMatchRow.Configure(modelBuilder.Entity<ScreeningMatchRow>());
        DecisionRow.Configure(modelBuilder.Entity<DecisionRow>());
        ActionRow.Configure(modelBuilder.Entity<ActionRow>());
        ClearanceRow.Configure(modelBuilder.Entity<ClearanceRow>());
        ReleaseRow.Configure(modelBuilder.Entity<ReleaseRow>());
        FinalCheckRow.Configure(modelBuilder.Entity<FinalCheckRow>());
        AuditRow.Configure(modelBuilder.Entity<AuditRow>());
        modelBuilder.Entity<DataProtectionKey>().ToTable("DataProtectionKeys");
    }

    /// <summary>Enums are stored by name (readable, and safe when members are added); subclasses add time conventions.</summary>
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<PlatformKind>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<PlatformEventKind>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<RegistrationApproval>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<RegistrantStatus>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<PlatformActionKind>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<Decision>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<MatchReason>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<DecisionKind>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<ActionState>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<ReleaseState>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<AuditKind>().HaveConversion<string>().HaveMaxLength(64);
    }
}
