namespace Vetting.Matching.Domains;

/// <summary>What a listed domain value matches.</summary>
internal enum DomainKind : byte
{
    /// <summary>One exact e-mail address.</summary>
    Address = 0,

    /// <summary>One exact domain (e-mail addresses at that domain).</summary>
    Domain,

    /// <summary><c>*.x</c>: any subdomain of x.</summary>
    Subdomains,
}
