using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Vetting.Core.Vetting;

namespace Vetting.Data.Model;

internal sealed class ClearanceRow
{
    public Guid Id { get; set; }

    public string IdentityFingerprint { get; set; } = "";

    public string EntityId { get; set; } = "";

    public string EntityFingerprint { get; set; } = "";

    public string ClearedBy { get; set; } = "";

    public DateTimeOffset ClearedAt { get; set; }

    public string Reason { get; set; } = "";

    public Guid DecisionId { get; set; }

    public string? RevokedBy { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }

    public string? RevocationReason { get; set; }

    public int Revision { get; set; }

    public static void Configure(EntityTypeBuilder<ClearanceRow> entity)
    {
        entity.ToTable("Clearances");
        entity.HasKey(c => c.Id);
        entity.Property(c => c.IdentityFingerprint).HasMaxLength(Lengths.Hash);
        entity.Property(c => c.EntityId).HasMaxLength(Lengths.Id);
        entity.Property(c => c.EntityFingerprint).HasMaxLength(Lengths.Hash);
        entity.Property(c => c.ClearedBy).HasMaxLength(Lengths.Id);
        entity.Property(c => c.Reason).HasMaxLength(Lengths.Reason);
        entity.Property(c => c.RevokedBy).HasMaxLength(Lengths.Id);
        entity.Property(c => c.RevocationReason).HasMaxLength(Lengths.Reason);
        entity.Property(c => c.Revision).IsConcurrencyToken();
        entity.HasOne<DecisionRow>().WithMany().HasForeignKey(c => c.DecisionId).OnDelete(DeleteBehavior.Restrict);
        entity.HasIndex(c => new { c.IdentityFingerprint, c.EntityId, c.EntityFingerprint }).IsUnique();
    }

    public Clearance ToRecord() =>
        new(Id, IdentityFingerprint, EntityId, EntityFingerprint, ClearedBy, ClearedAt, Reason, DecisionId, RevokedBy, RevokedAt, RevocationReason);
}
