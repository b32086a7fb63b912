using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Vetting.Core.Vetting;
using Vetting.Matching;

namespace Vetting.Data.Model;

internal sealed class ScreeningRow
{
    public Guid Id { get; set; }

    public Guid RegistrantId { get; set; }

    public Guid EventId { get; set; }

    public string ScreeningKey { get; set; } = "";

    public string ContentFingerprint { get; set; } = "";

    /// <summary><see cref="ListVersionSet.Key"/>: <c>source=version;…</c>.</summary>
    public string ListVersions { get; set; } = "";

    public string PolicyFingerprint { get; set; } = "";

    public int PolicyRevision { get; set; }

    public Decision Decision { get; set; }

    public double Score { get; set; }

    public DateTimeOffset ScreenedAt { get; set; }

    public List<ScreeningMatchRow> Matches { get; set; } = [];

    public static void Configure(EntityTypeBuilder<ScreeningRow> entity)
    {
        entity.ToTable("Screenings");
        entity.HasKey(s => s.Id);
        entity.Property(s => s.ScreeningKey).HasMaxLength(Lengths.Hash);
        entity.Property(s => s.ContentFingerprint).HasMaxLength(Lengths.Hash);
        entity.Property(s => s.PolicyFingerprint).HasMaxLength(Lengths.Code);
        entity.HasOne<RegistrantRow>().WithMany().HasForeignKey(s => s.RegistrantId).OnDelete(DeleteBehavior.Restrict);
        entity.HasMany(s => s.Matches).WithOne().HasForeignKey(m => m.ScreeningId).OnDelete(DeleteBehavior.Cascade);
        entity.HasIndex(s => new { s.RegistrantId, s.ScreeningKey }).IsUnique();
        entity.HasIndex(s => new { s.RegistrantId, s.ScreenedAt });
        entity.HasIndex(s => s.EventId);
    }

    public ScreeningRecord ToRecord() => new(
        Id,
        RegistrantId,
        EventId,
        ScreeningKey,
        ContentFingerprint,
        ListVersionSet.Parse(ListVersions),
        PolicyFingerprint,
        PolicyRevision,
        Decision,
        Score,
        Matches.OrderBy(m => m.Position).Select(m => m.ToRecord()).ToList(),
        ScreenedAt);
}
