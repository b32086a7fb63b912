using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Vetting.Core.Vetting;

namespace Vetting.Data.Model;

internal sealed class FinalCheckRow
{
    public Guid Id { get; set; }

    public Guid EventId { get; set; }

    public string IdempotencyKey { get; set; } = "";

    public DateTimeOffset CheckedAt { get; set; }

    public int RegistrantCount { get; set; }

    public int UnresolvedFlags { get; set; }

    public int PendingActions { get; set; }

    public string ListVersions { get; set; } = "";

    public DateTimeOffset ListsAsOf { get; set; }

    public long AuditSequence { get; set; }

    public string AuditHash { get; set; } = "";

    public static void Configure(EntityTypeBuilder<FinalCheckRow> entity)
    {
        entity.ToTable("FinalChecks");
        entity.HasKey(f => f.Id);
        entity.Property(f => f.IdempotencyKey).HasMaxLength(Lengths.Id);
        entity.Property(f => f.AuditHash).HasMaxLength(Lengths.Hash);
        entity.HasOne<EventRow>().WithMany().HasForeignKey(f => f.EventId).OnDelete(DeleteBehavior.Restrict);
        entity.HasIndex(f => f.IdempotencyKey).IsUnique();
        entity.HasIndex(f => new { f.EventId, f.CheckedAt });
    }

    public FinalCheckRecord ToRecord() => new(
        Id, EventId, IdempotencyKey, CheckedAt, RegistrantCount, UnresolvedFlags, PendingActions,
        ListVersionSet.Parse(ListVersions), ListsAsOf, AuditSequence, AuditHash);
}
