namespace Vetting.Core.Watchlists;

public sealed record EntityAlias(string Name)
{
    public AliasQuality Quality { get; init; } = AliasQuality.Strong;

    public AliasType Type { get; init; } = AliasType.Aka;

    public NameScript Script { get; init; } = NameScript.Latin;

    /// <summary>Two-letter language code when the source states it (EU <c>nameLanguage</c>, UK script language).</summary>
    public string? Lang { get; init; }
}

public enum AliasQuality
{
    Strong = 0,

    /// <summary>Low-quality nickname or short form: low-weight evidence only.</summary>
    Weak,
}

public enum AliasType
{
    Aka = 0,
    Fka,
    Nka,

    /// <summary>A spelling variant of the primary name (UK "Primary name variation", an EU language transliteration).</summary>
    Variation,

    /// <summary>The name in its original, non-Latin script.</summary>
    OriginalScript,
}
