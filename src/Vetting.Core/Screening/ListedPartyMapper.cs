using Vetting.Core.Watchlists;
using Vetting.Matching;

namespace Vetting.Core.Screening;

/// <summary>
/// Maps a watchlist entity of the common model onto what the matcher indexes: its names by strength, the domains of
/// its e-mail and website identifiers, positions, birth years and countries. Curated entries are review-only.
/// </summary>
public static class ListedPartyMapper
{
    public static ListedParty ToListedParty(this WatchlistEntity entity) => new()
    {
        EntityId = entity.Id,
        Source = entity.Source,
        Kind = MapKind(entity.Kind),
        Names = Names(entity),
        Domains = entity.Identifiers
            .Where(i => i.Type is IdentifierType.Email or IdentifierType.Website or IdentifierType.Domain)
            .Select(i => i.Value)
            .Where(v => v.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList(),
        Positions = entity.Positions,
        BirthYears = entity.BirthDates
            .SelectMany(b => b.Year is { } y ? [y] : Range(b.RangeFromYear, b.RangeToYear))
            .Distinct()
            .ToList(),
        CountryCodes = entity.Nationalities.Concat(entity.Citizenships).Concat(entity.BirthPlaces)
            .Select(c => c.Code)
            .OfType<string>()
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList(),
        ReviewOnly = entity.Source == WatchlistSources.Curated,
    };

    private static List<ListedName> Names(WatchlistEntity entity)
    {
        var primary = entity.PrimaryName;
        var names = new List<ListedName>(1 + entity.Aliases.Count)
        {
            new(primary.Full)
            {
                IsPrimary = true,
                Given = primary.Given,
                Middle = primary.Middle,
                Patronymic = primary.Patronymic,
                Family = primary.Family,
            },
        };
        foreach (var alias in entity.Aliases)
        {
            if (!string.Equals(alias.Name, primary.Full, StringComparison.Ordinal))
            {
                names.Add(new ListedName(alias.Name) { Strength = alias.Quality == AliasQuality.Weak ? NameStrength.Weak : NameStrength.Strong });
            }
        }

        return names;
    }

    private static IEnumerable<int> Range(int? from, int? to) =>
        from is { } f && to is { } t && t >= f && t - f <= 20 ? Enumerable.Range(f, t - f + 1) : [];

    private static PartyKind MapKind(EntityKind kind) => kind switch
    {
        EntityKind.Person => PartyKind.Person,
        EntityKind.Organisation => PartyKind.Organisation,
        EntityKind.Vessel => PartyKind.Vessel,
        EntityKind.Aircraft => PartyKind.Aircraft,
        EntityKind.Domain => PartyKind.Domain,
        _ => PartyKind.Unknown,
    };
}
