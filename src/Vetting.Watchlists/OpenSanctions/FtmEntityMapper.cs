using Vetting.Core.Watchlists;
using Vetting.Watchlists.Common;
using Vetting.Watchlists.Importing;

namespace Vetting.Watchlists.OpenSanctions;

/// <summary>
/// Maps one FtM target record, plus the helper facts gathered for it, onto the common model (formats doc §6.1, §8).
/// Countries: persons' <c>nationality</c> and <c>country</c> → nationalities, <c>citizenship</c> → citizenships;
/// other kinds' <c>country</c>, <c>jurisdiction</c>, <c>flag</c> → nationalities. Programmes: the entity's
/// <c>programId</c> plus its sanctions' <c>programId</c> (else <c>program</c>); listed on: the earliest sanction
/// <c>listingDate</c> (else <c>startDate</c>). Source URL: the entity's, else its first sanction's, else its
/// opensanctions.org page. Notes become remarks; identifier properties keep their name as raw type.
/// </summary>
internal sealed class FtmEntityMapper(FtmHelperIndex index, string source, ImportContext context, string file)
{
    public WatchlistEntity? Map(in FtmRecord record, EntityKind kind)
    {
        var id = record.Id;
        var line = record.Line;
        var names = FtmNames.Build(record, kind == EntityKind.Person, message => context.Warn(file, line, $"entity {id}: {message}"));
        if (names is not { } n)
        {
            context.Warn(file, line, $"entity {id}: no name", recordSkipped: true);
            return null;
        }

        var sanctions = index.SanctionsOf(id);
        return new WatchlistEntity
        {
            Id = source + ":" + id,
            Source = source,
            Kind = kind,
            PrimaryName = n.Primary,
            Aliases = n.Aliases,
            Programmes = record.Values("programId").Concat(sanctions?.Programmes ?? []).Distinct(StringComparer.Ordinal).ToList(),
            BirthDates = record.Values("birthDate").Select(BirthDateParser.Parse).OfType<BirthDate>().ToList(),
            BirthPlaces = Countries(record, "birthPlace", "birthCountry"),
            Nationalities = kind == EntityKind.Person
                ? Countries(record, "nationality", "country")
                : Countries(record, "country", "jurisdiction", "flag", "nationality"),
            Citizenships = Countries(record, "citizenship"),
            Positions = record.Values("position").Distinct(StringComparer.Ordinal).ToList(),
            Addresses = Addresses(record),
            Identifiers = Identifiers(record),
            ListedOn = sanctions?.ListedOn,
            Remarks = record.Values("notes").Distinct(StringComparer.Ordinal).ToList() is { Count: > 0 } notes ? string.Join("\n", notes) : null,
            SourceUrl = record.First("sourceUrl")
                ?? sanctions?.SourceUrl
                ?? EntityPage(id),
        };
    }

    /// <summary>The entity's page on opensanctions.org (ids are URL-safe: letters, digits, '-', '_', '.').</summary>
    public static string EntityPage(string id) => "https://www.opensanctions.org/entities/" + Uri.EscapeDataString(id) + "/";

    private static List<CountryRef> Countries(in FtmRecord record, params string[] properties)
    {
        var result = new List<CountryRef>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var property in properties)
        {
            foreach (var raw in record.Values(property))
            {
                var country = CountryResolver.Resolve(raw);
                if (seen.Add(country.Code ?? country.Raw))
                {
                    result.Add(country);
                }
            }
        }

        return result;
    }

    private List<PostalAddress> Addresses(in FtmRecord record)
    {
        var result = new List<PostalAddress>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var reference in record.Values("addressEntity"))
        {
            if (index.Address(reference) is { } address && seen.Add(address.Raw))
            {
                result.Add(address);
            }
        }

        foreach (var raw in record.Values("address"))
        {
            if (seen.Add(raw))
            {
                result.Add(new PostalAddress { Raw = raw });
            }
        }

        return result;
    }

    private List<EntityIdentifier> Identifiers(in FtmRecord record)
    {
        var result = new List<EntityIdentifier>();
        var seen = new HashSet<(IdentifierType, string)>();
        foreach (var (property, type) in FtmSchemata.Identifiers)
        {
            foreach (var value in record.Values(property))
            {
                if (seen.Add((type, value)))
                {
                    result.Add(new EntityIdentifier(type, value) { RawType = property });
                }
            }
        }

        foreach (var document in index.DocumentsOf(record.Id))
        {
            if (seen.Add((document.Type, document.Value)))
            {
                result.Add(document);
            }
        }

        // Source-level ids merged into this entity (e.g. ofac-16642): they link it to the official lists' entries.
        foreach (var referent in record.TopLevel("referents"))
        {
            if (seen.Add((IdentifierType.Other, referent)))
            {
                result.Add(new EntityIdentifier(IdentifierType.Other, referent) { RawType = "referent" });
            }
        }

        return result;
    }
}
