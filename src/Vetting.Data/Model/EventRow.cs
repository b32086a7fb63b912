using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Vetting.Core.Platforms;
using Vetting.Core.Vetting;

namespace Vetting.Data.Model;

internal sealed class EventRow
{
    public Guid Id { get; set; }

    public Guid AccountId { get; set; }

    public PlatformKind Platform { get; set; }

    public string AccountName { get; set; } = "";

    public PlatformEventKind Kind { get; set; }

    public string ExternalId { get; set; } = "";

    /// <summary>The occurrence id, or "" for none: unique indexes treat NULL differently on each provider.</summary>
    public string OccurrenceKey { get; set; } = "";

    public string Topic { get; set; } = "";

    public DateTimeOffset? StartUtc { get; set; }

    /// <summary>Start + duration: what the retention purge compares.</summary>
    public DateTimeOffset? EndUtc { get; set; }

    public long DurationSeconds { get; set; }

    public RegistrationApproval Approval { get; set; }

    public PolicyColumns Policy { get; set; } = new();

    public int PolicyRevision { get; set; }

    public DateTimeOffset DiscoveredAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public DateTimeOffset? PersonalDataPurgedAt { get; set; }

    public int Revision { get; set; }

    public static void Configure(EntityTypeBuilder<EventRow> entity)
    {
        entity.ToTable("Events");
        entity.HasKey(e => e.Id);
        entity.Property(e => e.AccountName).HasMaxLength(Lengths.Code);
        entity.Property(e => e.ExternalId).HasMaxLength(Lengths.Code);
        entity.Property(e => e.OccurrenceKey).HasMaxLength(Lengths.Code);
        entity.Property(e => e.Topic).HasMaxLength(Lengths.Topic);
        entity.ComplexProperty(e => e.Policy);
        entity.Property(e => e.Revision).IsConcurrencyToken();
        entity.HasOne<AccountRow>().WithMany().HasForeignKey(e => e.AccountId).OnDelete(DeleteBehavior.Restrict);
        entity.HasIndex(e => new { e.AccountId, e.Kind, e.ExternalId, e.OccurrenceKey }).IsUnique();
        entity.HasIndex(e => e.StartUtc);
        entity.HasIndex(e => e.EndUtc);
    }

    public VettedEvent ToRecord() => new(
        Id,
        AccountId,
        new PlatformEventRef(AccountName, Platform, Kind, ExternalId, OccurrenceKey.Length == 0 ? null : OccurrenceKey),
        Topic,
        StartUtc,
        TimeSpan.FromSeconds(DurationSeconds),
        Approval,
        Policy.ToPolicy(),
        PolicyRevision,
        DiscoveredAt,
        PersonalDataPurgedAt,
        Revision);
}
