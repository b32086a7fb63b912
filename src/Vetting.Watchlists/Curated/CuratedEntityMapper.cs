using Vetting.Core.Watchlists;
using Vetting.Watchlists.Common;

namespace Vetting.Watchlists.Curated;

/// <summary>
/// Maps a curated entry onto the common model. Persons → Person, organisations and front organisations →
/// Organisation (a front organisation's remarks start "Front organisation."), domains → <see cref="EntityKind.Domain"/>.
/// Every domain, on a domain entry or an organisation, becomes an identifier of type <see cref="IdentifierType.Domain"/>,
/// which is what the matching engine compares registrants' e-mail and web domains with.
/// </summary>
internal static class CuratedEntityMapper
{
    public const string FrontOrganisationRemark = "Front organisation.";

    public static WatchlistEntity Map(CuratedEntry entry, string source)
    {
        // The English name, else the first name; a domain entry without names has at least one domain (validated).
        var primaryText = entry.Names.Where(n => n.Lang == "en").Select(n => n.Name).FirstOrDefault()
            ?? (entry.Names.Count > 0 ? entry.Names[0].Name : entry.Domains[0]);
        return new WatchlistEntity
        {
            Id = source + ":" + entry.Id,
            Source = source,
            Kind = entry.Kind switch
            {
                CuratedKind.Person => EntityKind.Person,
                CuratedKind.Domain => EntityKind.Domain,
                _ => EntityKind.Organisation,
            },
            PrimaryName = new EntityName(primaryText) { Script = ScriptDetector.Detect(primaryText) },
            Aliases = Aliases(entry, primaryText),
            Positions = entry.Positions,
            Identifiers = entry.Domains.Select(d => new EntityIdentifier(IdentifierType.Domain, d) { RawType = "domain" }).ToList(),
            Remarks = entry.Kind == CuratedKind.FrontOrganisation
                ? entry.Note is null ? FrontOrganisationRemark : FrontOrganisationRemark + " " + entry.Note
                : entry.Note,
            SourceUrl = entry.Sources[0],
            Provenance = new Provenance
            {
                SourceUrls = entry.Sources,
                AddedOn = entry.AddedOn,
                AddedBy = entry.AddedBy,
                Reason = entry.Reason,
                Confidence = entry.Confidence,
                Lists = entry.Designations,
            },
        };
    }

    private static List<EntityAlias> Aliases(CuratedEntry entry, string primary)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { primary };
        var aliases = new List<EntityAlias>();
        foreach (var (lang, name) in entry.Names)
        {
            if (seen.Add(name))
            {
                aliases.Add(new EntityAlias(name) { Type = AliasType.Variation, Lang = lang, Script = ScriptDetector.Detect(name) });
            }
        }

        foreach (var alias in entry.Aliases)
        {
            if (seen.Add(alias))
            {
                aliases.Add(new EntityAlias(alias) { Script = ScriptDetector.Detect(alias) });
            }
        }

        return aliases;
    }
}
