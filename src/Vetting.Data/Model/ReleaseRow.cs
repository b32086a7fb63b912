using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Vetting.Core.Vetting;

namespace Vetting.Data.Model;

internal sealed class ReleaseRow
{
    public Guid Id { get; set; }

    public Guid RegistrantId { get; set; }

    public Guid ConfirmedDecisionId { get; set; }

    /// <summary>The confirmed decision's id while the request is pending, null after: unique, so one open request per decision.</summary>
    public Guid? OpenKey { get; set; }

    public string RequestedBy { get; set; } = "";

    public DateTimeOffset RequestedAt { get; set; }

    public string Reason { get; set; } = "";

    public ReleaseState State { get; set; }

    public string? ResolvedBy { get; set; }

    public DateTimeOffset? ResolvedAt { get; set; }

    public string? ResolutionReason { get; set; }

    public Guid? ReleaseDecisionId { get; set; }

    public int Revision { get; set; }

    public static void Configure(EntityTypeBuilder<ReleaseRow> entity)
    {
        entity.ToTable("ReleaseRequests");
        entity.HasKey(r => r.Id);
        entity.Property(r => r.RequestedBy).HasMaxLength(Lengths.Id);
        entity.Property(r => r.Reason).HasMaxLength(Lengths.Reason);
        entity.Property(r => r.ResolvedBy).HasMaxLength(Lengths.Id);
        entity.Property(r => r.ResolutionReason).HasMaxLength(Lengths.Reason);
        entity.Property(r => r.Revision).IsConcurrencyToken();
        entity.HasOne<DecisionRow>().WithMany().HasForeignKey(r => r.ConfirmedDecisionId).OnDelete(DeleteBehavior.Restrict);
        entity.HasIndex(r => r.OpenKey).IsUnique();
        entity.HasIndex(r => r.State);
    }

    public ReleaseRequest ToRecord() => new(
        Id, RegistrantId, ConfirmedDecisionId, RequestedBy, RequestedAt, Reason, State, ResolvedBy, ResolvedAt, ResolutionReason,
        ReleaseDecisionId, Revision);
}
