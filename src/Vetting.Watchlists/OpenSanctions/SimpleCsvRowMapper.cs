using System.Text.RegularExpressions;
using Vetting.Core.Watchlists;
using Vetting.Watchlists.Common;
using Vetting.Watchlists.Importing;

namespace Vetting.Watchlists.OpenSanctions;

/// <summary>
/// Maps a <c>targets.simple.csv</c> row onto the common model. <c>name</c> is the primary name, <c>aliases</c>
/// strong aliases; <c>identifiers</c> are untyped in this export, so only an <c>IMO1234567</c> value is typed (IMO),
/// the rest are kept as type Other with raw type <c>identifier</c>; <c>sanctions</c> (free text) become remarks.
/// </summary>
internal sealed partial class SimpleCsvRowMapper(SimpleCsvColumns columns, string source, ImportContext context, string file)
{
    public WatchlistEntity? Map(SimpleCsvRow row)
    {
        var id = row.Get(columns.Id);
        var schema = row.Get(columns.Schema);
        if (id.Length == 0)
        {
            context.Warn(file, row.Line, "row without id", recordSkipped: true);
            return null;
        }

        if (!FtmSchemata.TryGetKind(schema, out var kind))
        {
            context.Warn(file, row.Line, $"entity {id}: schema {(schema.Length == 0 ? "(none)" : schema)} is not imported", recordSkipped: true);
            return null;
        }

        var name = row.Get(columns.Name);
        if (name.Length is 0 or > ImportLimits.MaxNameChars)
        {
            var problem = name.Length == 0 ? "no name" : $"name of {name.Length} characters";
            context.Warn(file, row.Line, $"entity {id}: {problem}", recordSkipped: true);
            return null;
        }

        return new WatchlistEntity
        {
            Id = source + ":" + id,
            Source = source,
            Kind = kind,
            PrimaryName = new EntityName(name) { Script = ScriptDetector.Detect(name) },
            Aliases = Aliases(row, id, name),
            Programmes = Multi(row, columns.ProgramIds).Distinct(StringComparer.Ordinal).ToList(),
            BirthDates = Multi(row, columns.BirthDate).Select(BirthDateParser.Parse).OfType<BirthDate>().ToList(),
            Nationalities = Multi(row, columns.Countries).Select(CountryResolver.Resolve).ToList(),
            Addresses = Multi(row, columns.Addresses).Select(a => new PostalAddress { Raw = a }).ToList(),
            Identifiers = Identifiers(row),
            Remarks = Multi(row, columns.Sanctions) is { Count: > 0 } texts ? string.Join("\n", texts) : null,
            SourceUrl = FtmEntityMapper.EntityPage(id),
        };
    }

    private static List<string> Multi(SimpleCsvRow row, int column) => MultiValueSplitter.Split(row.Get(column));

    private List<EntityAlias> Aliases(SimpleCsvRow row, string id, string primary)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { primary };
        var aliases = new List<EntityAlias>();
        foreach (var alias in Multi(row, columns.Aliases))
        {
            if (alias.Length > ImportLimits.MaxNameChars)
            {
                context.Warn(file, row.Line, $"entity {id}: an alias of {alias.Length} characters was skipped");
            }
            else if (seen.Add(alias))
            {
                aliases.Add(new EntityAlias(alias) { Script = ScriptDetector.Detect(alias) });
            }
        }

        return aliases;
    }

    private List<EntityIdentifier> Identifiers(SimpleCsvRow row)
    {
        var result = new List<EntityIdentifier>();
        foreach (var value in Multi(row, columns.Identifiers))
        {
            result.Add(ImoNumber().IsMatch(value)
                ? new EntityIdentifier(IdentifierType.Imo, value) { RawType = "identifier" }
                : new EntityIdentifier(IdentifierType.Other, value) { RawType = "identifier" });
        }

        result.AddRange(Multi(row, columns.Emails).Select(e => new EntityIdentifier(IdentifierType.Email, e) { RawType = "emails" }));
        result.AddRange(Multi(row, columns.Phones).Select(p => new EntityIdentifier(IdentifierType.Phone, p) { RawType = "phones" }));
        return result.DistinctBy(i => (i.Type, i.Value)).ToList();
    }

    [GeneratedRegex(@"^IMO\s?\d{7}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ImoNumber();
}
