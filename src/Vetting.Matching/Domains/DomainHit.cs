namespace Vetting.Matching.Domains;

/// <summary>A listed domain value owned by a party.</summary>
/// <param name="Party">Party index.</param>
/// <param name="Kind">How it matches.</param>
/// <param name="Original">The value as listed.</param>
internal readonly record struct DomainHit(int Party, DomainKind Kind, string Original);
