namespace Vetting.Matching.Domains;

/// <summary>A normalised listed domain value.</summary>
/// <param name="Key">Lookup key: the address, the domain, or the domain under <c>*.</c>.</param>
/// <param name="Kind">How it matches.</param>
/// <param name="Original">The value as the list gave it.</param>
internal readonly record struct ListedDomain(string Key, DomainKind Kind, string Original);
