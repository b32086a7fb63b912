using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Vetting.Core.Vetting;
using Vetting.Matching;

namespace Vetting.Data.Model;

internal sealed class ScreeningMatchRow
{
    public Guid ScreeningId { get; set; }

    public int Position { get; set; }

    public string EntityId { get; set; } = "";

    public string Source { get; set; } = "";

    public string MatchedName { get; set; } = "";

    public double Score { get; set; }

    public Decision Decision { get; set; }

    public MatchReason Reason { get; set; }

    /// <summary>The matcher's sentence; quotes the registrant's name, so the retention purge nulls it.</summary>
    public string? Explanation { get; set; }

    public string EntityFingerprint { get; set; } = "";

    public Guid? ClearanceId { get; set; }

    public static void Configure(EntityTypeBuilder<ScreeningMatchRow> entity)
    {
        entity.ToTable("ScreeningMatches");
        entity.HasKey(m => new { m.ScreeningId, m.Position });
        entity.Property(m => m.EntityId).HasMaxLength(Lengths.Id);
        entity.Property(m => m.Source).HasMaxLength(Lengths.Code);
        entity.Property(m => m.MatchedName).HasMaxLength(Lengths.Text);
        entity.Property(m => m.Explanation).HasMaxLength(Lengths.Reason);
        entity.Property(m => m.EntityFingerprint).HasMaxLength(Lengths.Hash);
        entity.HasIndex(m => m.EntityId);
    }

    public static ScreeningMatchRow From(ScreeningMatch match, int position) => new()
    {
        Position = position,
        EntityId = match.EntityId,
        Source = match.Source,
        MatchedName = match.MatchedName,
        Score = match.Score,
        Decision = match.Decision,
        Reason = match.Reason,
        Explanation = match.Explanation,
        EntityFingerprint = match.EntityFingerprint,
        ClearanceId = match.ClearanceId,
    };

    public ScreeningMatch ToRecord() =>
        new(EntityId, Source, MatchedName, Score, Decision, Reason, Explanation, EntityFingerprint, ClearanceId);
}
