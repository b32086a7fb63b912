namespace Vetting.Matching;

/// <summary>
/// A list entry as the matcher sees it: the names, domains, positions and qualifiers of one listed party.
/// The caller maps its own entity model onto this record; the matcher keeps nothing else.
/// </summary>
public sealed record ListedParty
{
    /// <summary>Stable entity id, e.g. <c>ofac-sdn:16642</c>; returned with every match.</summary>
    public required string EntityId { get; init; }

    /// <summary>List code, e.g. <c>ofac-sdn</c>, <c>un-sc</c>, <c>vetting-curated</c>.</summary>
    public required string Source { get; init; }

    /// <summary>Person, organisation, vessel, aircraft or domain.</summary>
    public PartyKind Kind { get; init; }

    /// <summary>Primary name and aliases, in any script.</summary>
    public IReadOnlyList<ListedName> Names { get; init; } = [];

    /// <summary>
    /// E-mail or web domains (<c>rk.gov.ru</c>), subdomain patterns (<c>*.rk.gov.ru</c>), whole e-mail addresses
    /// (<c>root@bank.example</c>) or website URLs from list identifiers; normalised when the index is built.
    /// </summary>
    public IReadOnlyList<string> Domains { get; init; } = [];

    /// <summary>Positions or titles held, e.g. <c>Deputy Chairman of the Council of Ministers of the Republic of Crimea</c>.</summary>
    public IReadOnlyList<string> Positions { get; init; } = [];

    /// <summary>
    /// Years of birth the list gives (any of them may be right). Registration forms ask for no birth date, so the
    /// matcher does not score on them; they travel with the party for the reviewer.
    /// </summary>
    public IReadOnlyList<int> BirthYears { get; init; } = [];

    /// <summary>ISO 3166 alpha-2 codes of nationality, citizenship or birth place: a qualifier of name matches against the registrant's country.</summary>
    public IReadOnlyList<string> CountryCodes { get; init; } = [];

    /// <summary>
    /// True for curated entries that may only ever raise a case for a human: their hits are capped at
    /// <see cref="Decision.Review"/>.
    /// </summary>
    public bool ReviewOnly { get; init; }
}
