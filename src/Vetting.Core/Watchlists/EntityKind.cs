namespace Vetting.Core.Watchlists;

public enum EntityKind
{
    Unknown = 0,
    Person,
    Organisation,
    Vessel,
    Aircraft,

    /// <summary>An e-mail or web domain (curated list only).</summary>
    Domain,
}
