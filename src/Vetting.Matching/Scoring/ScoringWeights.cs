using Vetting.Matching.Names;

namespace Vetting.Matching.Scoring;

/// <summary>Weights and caps of the person-name score.</summary>
internal static class ScoringWeights
{
    /// <summary>Score given to pairs that break a rule (one part only, family name differs).</summary>
    public const double NotAMatchCap = 0.5;

    /// <summary>Cap when both names have patronymics and they differ.</summary>
    public const double PatronymicConflictCap = 0.75;

    /// <summary>Weight a query token the list name lacks adds to the denominator.</summary>
    public const double ExtraTokenWeight = 0.4;

    /// <summary>Factor per omitted patronymic.</summary>
    public const double MissingPatronymicFactor = 0.97;

    /// <summary>Factor per omitted second family name (maternal surname, second part of a double name).</summary>
    public const double MissingSecondFamilyFactor = 0.93;

    /// <summary>
    /// Factor for an omitted second family name when another part matched only as a spelling variant: below the
    /// review line however well the rest matched (Manuel Menéndez is not FERNANDEZ MELENDEZ, Manuel Angel).
    /// </summary>
    public const double MissingSecondFamilyLooseFactor = 0.78;

    /// <summary>Factor per omitted middle name.</summary>
    public const double MissingMiddleFactor = 0.98;

    public static double Of(TokenRole role, TokenTraits traits) => role switch
    {
        TokenRole.Family => 1.0,
        TokenRole.Given => 0.8,
        TokenRole.Patronymic => 0.6,
        TokenRole.Middle => 0.4,
        TokenRole.Particle => 0.1,
        _ when (traits & TokenTraits.PatronymicForm) != 0 => 0.8,
        _ when (traits & TokenTraits.KnownGivenName) != 0 => 0.8,
        _ => 1.0,
    };

    /// <summary>Patronymic and middle names may be left out of a query at a small cost.</summary>
    public static bool IsOptional(TokenRole role) => role is TokenRole.Patronymic or TokenRole.Middle or TokenRole.Particle;

    /// <summary>True for unknown-role tokens that are probably the family name (not a known given name, not a patronymic).</summary>
    public static bool IsFamilyCandidate(TokenRole role, TokenTraits traits) =>
        role == TokenRole.Family
        || (role == TokenRole.Unknown
            && (traits & (TokenTraits.KnownGivenName | TokenTraits.PatronymicForm | TokenTraits.Initial | TokenTraits.Number)) == 0);
}
