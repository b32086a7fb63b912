using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Vetting.Core.Platforms;
using Vetting.Core.Vetting;

namespace Vetting.Data.Model;

internal sealed class RegistrantRow
{
    public Guid Id { get; set; }

    public Guid EventId { get; set; }

    public string ExternalId { get; set; } = "";

    public string? FirstName { get; set; }

    public string? LastName { get; set; }

    public string? Email { get; set; }

    public string? Organisation { get; set; }

    public string? JobTitle { get; set; }

    public string? Country { get; set; }

    public RegistrantStatus Status { get; set; }

    public DateTimeOffset? RegisteredAt { get; set; }

    public string? ContentFingerprint { get; set; }

    public string? IdentityFingerprint { get; set; }

    public DateTimeOffset FirstSeenAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public DateTimeOffset? PurgedAt { get; set; }

    public Guid? CurrentDecisionId { get; set; }

    public int Revision { get; set; }

    public static void Configure(EntityTypeBuilder<RegistrantRow> entity)
    {
        entity.ToTable("Registrants");
        entity.HasKey(r => r.Id);
        entity.Property(r => r.ExternalId).HasMaxLength(Lengths.Id);
        entity.Property(r => r.FirstName).HasMaxLength(Lengths.Text);
        entity.Property(r => r.LastName).HasMaxLength(Lengths.Text);
        entity.Property(r => r.Email).HasMaxLength(Lengths.Email);
        entity.Property(r => r.Organisation).HasMaxLength(Lengths.Text);
        entity.Property(r => r.JobTitle).HasMaxLength(Lengths.Text);
        entity.Property(r => r.Country).HasMaxLength(Lengths.Code);
        entity.Property(r => r.ContentFingerprint).HasMaxLength(Lengths.Hash);
        entity.Property(r => r.IdentityFingerprint).HasMaxLength(Lengths.Hash);
        entity.Property(r => r.Revision).IsConcurrencyToken();
        entity.HasOne<EventRow>().WithMany().HasForeignKey(r => r.EventId).OnDelete(DeleteBehavior.Restrict);
        entity.HasIndex(r => new { r.EventId, r.ExternalId }).IsUnique();
        entity.HasIndex(r => r.IdentityFingerprint);
    }

    public VettedRegistrant ToRecord() => new(
        Id, EventId, ExternalId, FirstName, LastName, Email, Organisation, JobTitle, Country, Status,
        ContentFingerprint, IdentityFingerprint, FirstSeenAt, UpdatedAt, PurgedAt, CurrentDecisionId, Revision);
}
