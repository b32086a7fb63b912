namespace Vetting.Matching;

/// <summary>What kind of party a list entry describes; decides which scorer compares its names.</summary>
public enum PartyKind
{
    /// <summary>Not stated by the list; names are compared as person names.</summary>
    Unknown = 0,

    /// <summary>A natural person.</summary>
    Person,

    /// <summary>A company, body, ministry, front organisation or other legal entity.</summary>
    Organisation,

    /// <summary>A ship; not screened against registrant names unless the policy asks for it.</summary>
    Vessel,

    /// <summary>An aircraft; not screened against registrant names unless the policy asks for it.</summary>
    Aircraft,

    /// <summary>An entry that only carries e-mail or web domains (curated lists).</summary>
    Domain,
}
