namespace Vetting.Matching;

/// <summary>The outcome of screening one registrant.</summary>
public sealed record ScreeningResult
{
    /// <summary>A result with no matches.</summary>
    public static ScreeningResult Clear { get; } = new() { Decision = Decision.Clear, Score = 0, Matches = [] };

    /// <summary>The strongest decision over all matches.</summary>
    public required Decision Decision { get; init; }

    /// <summary>Best match score, 0 when nothing matched.</summary>
    public required double Score { get; init; }

    /// <summary>Matches at or above the review threshold, best first, at most one per party and reason.</summary>
    public required IReadOnlyList<MatchResult> Matches { get; init; }
}
