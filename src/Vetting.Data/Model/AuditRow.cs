using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Vetting.Core.Vetting;

namespace Vetting.Data.Model;

internal sealed class AuditRow
{
    public long Sequence { get; set; }

    public DateTimeOffset At { get; set; }

    public AuditKind Kind { get; set; }

    public string Actor { get; set; } = "";

    public string SubjectType { get; set; } = "";

    public string SubjectId { get; set; } = "";

    public string Details { get; set; } = "";

    public string PreviousHash { get; set; } = "";

    public string Hash { get; set; } = "";

    public static void Configure(EntityTypeBuilder<AuditRow> entity)
    {
        entity.ToTable("AuditLog");
        entity.HasKey(a => a.Sequence);
        entity.Property(a => a.Sequence).ValueGeneratedNever();
        entity.Property(a => a.Actor).HasMaxLength(AuditDraft.MaxIdLength);
        entity.Property(a => a.SubjectType).HasMaxLength(AuditDraft.MaxIdLength);
        entity.Property(a => a.SubjectId).HasMaxLength(AuditDraft.MaxIdLength);
        entity.Property(a => a.PreviousHash).HasMaxLength(Lengths.Hash);
        entity.Property(a => a.Hash).HasMaxLength(Lengths.Hash);
        entity.HasIndex(a => new { a.SubjectType, a.SubjectId });
    }

    public AuditEntry ToRecord() => new(Sequence, At, Kind, Actor, SubjectType, SubjectId, Details, PreviousHash, Hash);
}
