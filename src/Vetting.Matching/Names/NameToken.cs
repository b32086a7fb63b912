namespace Vetting.Matching.Names;

/// <summary>One analysed token of a name.</summary>
/// <param name="Original">The token as written (case kept), for explanations.</param>
/// <param name="Surface">Lower case, look-alike letters folded; equality here is an exact match.</param>
/// <param name="Skeleton">Phonetic skeleton; equality here is a transliteration match.</param>
/// <param name="Stem">Skeleton with gender and patronymic endings removed.</param>
/// <param name="Key">Coarse retrieval key.</param>
/// <param name="Groups">Given-name groups (cognates and diminutives) the token belongs to; empty when none.</param>
/// <param name="Role">Role from the list's structure or the token's form.</param>
/// <param name="Traits">Token facts.</param>
internal sealed record NameToken(
    string Original,
    string Surface,
    string Skeleton,
    string Stem,
    string Key,
    GivenNameRef[] Groups,
    TokenRole Role,
    TokenTraits Traits)
{
    /// <summary>
    /// Second reading of a Latin token whose <c>x</c> may be Cyrillic х (GOST 7.79 B writes Mixail), or null.
    /// </summary>
    public string? AltSkeleton { get; init; }

    /// <summary>Coarse key of <see cref="AltSkeleton"/>, or null.</summary>
    public string? AltKey { get; init; }

    public bool IsInitial => (Traits & TokenTraits.Initial) != 0;

    public bool IsParticle => Role == TokenRole.Particle;

    /// <summary>True for tokens that count towards "at least two parts matched".</summary>
    public bool IsSignificant => Role != TokenRole.Particle;
}
