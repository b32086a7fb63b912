namespace Vetting.Matching;

/// <summary>How much a list trusts one of its names.</summary>
public enum NameStrength
{
    /// <summary>A full name or a real alias.</summary>
    Strong = 0,

    /// <summary>A low-quality alias or nickname: a hit on it is capped at review.</summary>
    Weak,
}
