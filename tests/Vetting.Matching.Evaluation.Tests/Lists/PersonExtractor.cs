using Vetting.Core.Watchlists;
using Vetting.Matching.Evaluation.Tests.Support;

namespace Vetting.Matching.Evaluation.Tests.Lists;

/// <summary>
/// Turns the listed natural persons into <see cref="ListedPerson"/>s: name parts from OFAC's stated parts, from the
/// token order of UN names (first name first, family name last) or from the capitalised family name of curated
/// entries; Cyrillic and Arabic original script from the aliases; entries naming the same person merged.
/// </summary>
internal static class PersonExtractor
{
    private static readonly HashSet<string> SlavicOfacProgrammes = new(StringComparer.Ordinal)
    {
        "UKRAINE-EO13660", "UKRAINE-EO13661", "RUSSIA-EO14024", "CAATSA - RUSSIA",
    };

    /// <summary>Countries of the former USSR: a RUSSIA/UKRAINE-programme person born or national elsewhere (a Turkish
    /// banker under CAATSA) has no Cyrillic name to rebuild.</summary>
    private static readonly HashSet<string> FormerSoviet = new(StringComparer.Ordinal)
    {
        "RU", "UA", "BY", "MD", "KZ", "UZ", "KG", "TJ", "TM", "AZ", "AM", "GE", "LV", "LT", "EE",
    };

    public static List<ListedPerson> Extract(IReadOnlyList<WatchlistEntity> entities, EntityIdentity identity)
    {
        var groups = new Dictionary<string, List<ListedPerson>>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var entity in entities.Where(e => e.Kind == EntityKind.Person))
        {
            if (FromEntity(entity) is not { } person)
            {
                continue;
            }

            var key = LooseKey.Of(person.Family) + "|" + LooseKey.Of(person.Given);
            if (!groups.TryGetValue(key, out var group))
            {
                groups[key] = group = [];
                order.Add(key);
            }

            group.Add(person);
        }

        return [.. order.Select(k => CyrillicForms.Complete(Merge(groups[k], identity)))];
    }

    private static ListedPerson Merge(List<ListedPerson> group, EntityIdentity identity)
    {
        var first = group[0];
        return first with
        {
            EntityIds = [.. group.SelectMany(p => p.EntityIds).SelectMany(identity.Of).Distinct(StringComparer.Ordinal)],
            Programmes = [.. group.SelectMany(p => p.Programmes).Distinct(StringComparer.Ordinal)],
            IsSlavic = group.Any(p => p.IsSlavic),
            Cyrillic = group.Select(p => p.Cyrillic).FirstOrDefault(c => c is not null),
            UkrainianCyrillic = group.Select(p => p.UkrainianCyrillic).FirstOrDefault(c => c is not null),
            ArabicScript = group.Select(p => p.ArabicScript).FirstOrDefault(a => a is not null),
        };
    }

    private static ListedPerson? FromEntity(WatchlistEntity entity)
    {
        var name = entity.PrimaryName;
        string? given;
        string? family;
        string[] middle;
        if (entity.Source == WatchlistSources.Curated || name.Family is null || name.Given is null)
        {
            var tokens = NameText.Tokens(name.Full);
            if (tokens.Length < 2)
            {
                return null;
            }

            var capitalised = entity.Source == WatchlistSources.Curated
                ? tokens.Where(t => t.Count(char.IsLetter) > 1 && t.Where(char.IsLetter).All(char.IsUpper)).ToArray()
                : [];
            family = capitalised.Length > 0 ? string.Join(' ', capitalised) : tokens[^1];
            var rest = capitalised.Length > 0 ? tokens.Where(t => !capitalised.Contains(t)).ToArray() : tokens[..^1];
            if (rest.Length == 0)
            {
                return null;
            }

            given = rest[0];
            middle = rest[1..];
        }
        else
        {
            given = name.Given;
            family = name.Family;
            middle = name.Middle is null ? [] : NameText.Tokens(name.Middle);
        }

        var patronymic = middle.Length > 0 && NameText.IsPatronymic(middle[^1]) ? middle[^1] : null;
        var person = new ListedPerson
        {
            EntityIds = [entity.Id],
            ListName = name.Full,
            Given = NameText.TitleCase(given),
            OtherGiven = [.. (patronymic is null ? middle : middle[..^1]).Select(NameText.TitleCase)],
            Patronymic = patronymic is null ? null : NameText.TitleCase(patronymic),
            Family = NameText.TitleCase(family),
            Programmes = entity.Programmes,
            IsSlavic = IsSlavic(entity),
            // A name with U+FFFD lost letters in the list's own encoding (one UN entry: "الل�� مطيع"): a data defect,
            // not a spelling a registrant would type, so it stays out of the corpus.
            ArabicScript = entity.Aliases
                .FirstOrDefault(a => a.Type == AliasType.OriginalScript && a.Script == NameScript.Arabic && a.Quality == AliasQuality.Strong
                    && !a.Name.Contains('\uFFFD', StringComparison.Ordinal))?.Name,
        };
        return CyrillicForms.FromAliases(person, entity);
    }

    private static bool IsSlavic(WatchlistEntity entity) => entity.Source switch
    {
        WatchlistSources.Curated => true,
        WatchlistSources.OfacSdn => entity.Programmes.Any(SlavicOfacProgrammes.Contains) && !BornOrNationalElsewhere(entity),
        _ => entity.Programmes.Any(p => p.Contains("Qaida", StringComparison.OrdinalIgnoreCase))
            && entity.Nationalities.Concat(entity.Citizenships).Any(c => c.Code == "RU"),
    };

    private static bool BornOrNationalElsewhere(WatchlistEntity entity)
    {
        var codes = entity.Nationalities.Concat(entity.Citizenships).Concat(entity.BirthPlaces).Select(c => c.Code).OfType<string>().ToList();
        return codes.Count > 0 && !codes.Any(c => FormerSoviet.Contains(c[..Math.Min(2, c.Length)]));
    }
}
