using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Vetting.Core.Platforms;
using Vetting.Core.Vetting;

namespace Vetting.Data.Model;

internal sealed class ActionRow
{
    public Guid Id { get; set; }

    public Guid DecisionId { get; set; }

    public Guid RegistrantId { get; set; }

    public Guid EventId { get; set; }

    public PlatformActionKind Kind { get; set; }

    public string RegistrantExternalId { get; set; } = "";

    public string IdempotencyKey { get; set; } = "";

    public ActionState State { get; set; }

    public string? Reason { get; set; }

    public int Attempts { get; set; }

    public DateTimeOffset RequestedAt { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public int Revision { get; set; }

    public static void Configure(EntityTypeBuilder<ActionRow> entity)
    {
        entity.ToTable("PlatformActions");
        entity.HasKey(a => a.Id);
        entity.Property(a => a.RegistrantExternalId).HasMaxLength(Lengths.Id);
        entity.Property(a => a.IdempotencyKey).HasMaxLength(Lengths.Id);
        entity.Property(a => a.Reason).HasMaxLength(Lengths.Reason);
        entity.Property(a => a.Revision).IsConcurrencyToken();
        entity.HasOne<DecisionRow>().WithMany().HasForeignKey(a => a.DecisionId).OnDelete(DeleteBehavior.Restrict);
        entity.HasIndex(a => a.IdempotencyKey).IsUnique();
        entity.HasIndex(a => new { a.State, a.RequestedAt });
        entity.HasIndex(a => a.EventId);
    }

    public PlatformActionRecord ToRecord() => new(
        Id, DecisionId, RegistrantId, EventId, Kind, RegistrantExternalId, IdempotencyKey, State, Reason, Attempts, RequestedAt, CompletedAt, Revision);
}
