namespace Vetting.Core.Watchlists;

/// <summary>
/// One listed party in the common entity model (formats doc §1). Every importer maps its source onto this shape.
/// </summary>
public sealed record WatchlistEntity
{
    /// <summary><c>{source}:{nativeId}</c>, stable across list updates.</summary>
    public required string Id { get; init; }

    /// <summary>Source code, e.g. <c>ofac-sdn</c>, <c>un-sc</c>, <c>opensanctions:eu_fsf</c>, <c>vetting-curated</c>.</summary>
    public required string Source { get; init; }

    public required EntityKind Kind { get; init; }

    public required EntityName PrimaryName { get; init; }

    public IReadOnlyList<EntityAlias> Aliases { get; init; } = [];

    public IReadOnlyList<string> Programmes { get; init; } = [];

    public IReadOnlyList<BirthDate> BirthDates { get; init; } = [];

    public IReadOnlyList<CountryRef> BirthPlaces { get; init; } = [];

    public IReadOnlyList<CountryRef> Nationalities { get; init; } = [];

    public IReadOnlyList<CountryRef> Citizenships { get; init; } = [];

    public IReadOnlyList<string> Positions { get; init; } = [];

    public IReadOnlyList<PostalAddress> Addresses { get; init; } = [];

    public IReadOnlyList<EntityIdentifier> Identifiers { get; init; } = [];

    /// <summary>First designation date when the source gives one.</summary>
    public DateOnly? ListedOn { get; init; }

    public string? Remarks { get; init; }

    /// <summary>Link to the official entry or the source the entry rests on, when known.</summary>
    public string? SourceUrl { get; init; }

    /// <summary>Curated entries only: who added the entry, when, why, and how sure we are.</summary>
    public Provenance? Provenance { get; init; }
}
