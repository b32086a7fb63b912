using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Vetting.Core.Vetting;

namespace Vetting.Data.Model;

internal sealed class DecisionRow
{
    public Guid Id { get; set; }

    public Guid RegistrantId { get; set; }

    public Guid EventId { get; set; }

    public Guid? ScreeningId { get; set; }

    public DecisionKind Kind { get; set; }

    public string? DecidedBy { get; set; }

    public DateTimeOffset DecidedAt { get; set; }

    public string Reason { get; set; } = "";

    public string? EntityId { get; set; }

    public string IdempotencyKey { get; set; } = "";

    public static void Configure(EntityTypeBuilder<DecisionRow> entity)
    {
        entity.ToTable("Decisions");
        entity.HasKey(d => d.Id);
        entity.Property(d => d.DecidedBy).HasMaxLength(Lengths.Id);
        entity.Property(d => d.Reason).HasMaxLength(Lengths.Reason);
        entity.Property(d => d.EntityId).HasMaxLength(Lengths.Id);
        entity.Property(d => d.IdempotencyKey).HasMaxLength(Lengths.Id);
        entity.HasOne<RegistrantRow>().WithMany().HasForeignKey(d => d.RegistrantId).OnDelete(DeleteBehavior.Restrict);
        entity.HasOne<ScreeningRow>().WithMany().HasForeignKey(d => d.ScreeningId).OnDelete(DeleteBehavior.Restrict);
        entity.HasIndex(d => d.IdempotencyKey).IsUnique();
        entity.HasIndex(d => new { d.RegistrantId, d.DecidedAt });
    }

    public VettingDecision ToRecord() => new(Id, RegistrantId, EventId, ScreeningId, Kind, DecidedBy, DecidedAt, Reason, EntityId, IdempotencyKey);
}
