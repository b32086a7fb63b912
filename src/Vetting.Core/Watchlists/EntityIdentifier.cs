namespace Vetting.Core.Watchlists;

public sealed record EntityIdentifier(IdentifierType Type, string Value)
{
    public string? Country { get; init; }

    /// <summary>The type label as the source wrote it (e.g. OFAC's open-text <c>idType</c>).</summary>
    public string? RawType { get; init; }
}

public enum IdentifierType
{
    Other = 0,
    Passport,
    NationalId,
    TaxId,
    Registration,
    Imo,
    Mmsi,
    CallSign,
    Swift,
    Email,
    Website,

    /// <summary>An e-mail/web domain; <c>*.x</c> stands for x and every subdomain of it.</summary>
    Domain,
    Phone,
    CryptoAddress,
}
