namespace Vetting.Core.Watchlists;

/// <summary>Where a curated entry comes from: every curated entry must carry this.</summary>
public sealed record Provenance
{
    public IReadOnlyList<string> SourceUrls { get; init; } = [];

    public required DateOnly AddedOn { get; init; }

    public required string AddedBy { get; init; }

    public required string Reason { get; init; }

    public Confidence Confidence { get; init; } = Confidence.Medium;

    /// <summary>Designations of the entry found on other lists, as free text (e.g. <c>UK RUS0064</c>).</summary>
    public IReadOnlyList<string> Lists { get; init; } = [];
}

public enum Confidence
{
    Low = 0,
    Medium,
    High,
}
