namespace Vetting.Matching;

/// <summary>One listed party that matched a registrant, with the evidence.</summary>
public sealed record MatchResult
{
    /// <summary>Entity id of the listed party, e.g. <c>ofac-sdn:16642</c>.</summary>
    public required string EntityId { get; init; }

    /// <summary>List code of the party.</summary>
    public required string Source { get; init; }

    /// <summary>The list name, alias, organisation, position or domain that matched.</summary>
    public required string MatchedName { get; init; }

    /// <summary>Match score, 0..1.</summary>
    public required double Score { get; init; }

    /// <summary>What this match alone would warrant (review-only parties never exceed review).</summary>
    public required Decision Decision { get; init; }

    /// <summary>Which registrant field linked the match.</summary>
    public required MatchReason Reason { get; init; }

    /// <summary>One human sentence, e.g. <c>Heorhii ≈ GEORGIY: Ukrainian form of the same name; Muradov = MURADOV: exact</c>.</summary>
    public required string Explanation { get; init; }

    /// <summary>Per-token evidence (empty for domain matches).</summary>
    public IReadOnlyList<TokenMatch> Tokens { get; init; } = [];
}
