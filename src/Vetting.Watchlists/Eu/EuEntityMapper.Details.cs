using System.Globalization;
using System.Xml.Linq;
using Vetting.Core.Watchlists;
using Vetting.Watchlists.Common;
using static Vetting.Watchlists.Common.XmlValues;

namespace Vetting.Watchlists.Eu;

/// <summary>Birth dates and places, citizenships, addresses with contact details and identifications of an EU entity.</summary>
internal static partial class EuEntityMapper
{
    /// <summary>The FSF's code for an unknown country.</summary>
    private const string UnknownCountryCode = "00";

    private static void AddDetails(XElement s, EntityDraft draft)
    {
        foreach (var birth in Children(s, "birthdate"))
        {
            draft.AddBirthDate(BirthDateOf(birth, draft));
            var country = Country(birth);
            if (Join(", ", Attr(birth, "city"), Attr(birth, "place"), Attr(birth, "region"), country?.Raw) is { } place)
            {
                draft.AddBirthPlace(new CountryRef(place) { Code = country?.Code });
            }
        }

        foreach (var citizenship in Children(s, "citizenship"))
        {
            draft.AddCitizenship(Country(citizenship));
        }

        foreach (var address in Children(s, "address"))
        {
            draft.AddAddress(Address(address));
            foreach (var contact in Children(address, "contactInfo"))
            {
                var key = Attr(contact, "key");
                draft.AddIdentifier(IdentifierTypes.FromLabel(key ?? ""), Attr(contact, "value"), key);
            }
        }

        foreach (var identification in Children(s, "identification"))
        {
            AddIdentification(identification, draft);
        }
    }

    /// <summary>An ISO <c>birthdate</c>, or <c>year</c>/<c>monthOfYear</c>/<c>dayOfMonth</c>, or a year range; <c>circa</c> marks it approximate.</summary>
    private static BirthDate? BirthDateOf(XElement birth, EntityDraft draft)
    {
        var from = Number(Attr(birth, "yearRangeFrom"));
        var to = Number(Attr(birth, "yearRangeTo"));
        var year = Number(Attr(birth, "year"));
        BirthDate? date;
        if (from is not null || to is not null)
        {
            date = new BirthDate(from is not null && to is not null ? $"{from} to {to}" : $"{from ?? to}")
            {
                RangeFromYear = from,
                RangeToYear = to,
                Approximate = true,
            };
        }
        else if (Attr(birth, "birthdate") is { } iso)
        {
            date = BirthDateParser.Parse(iso);
            if (date is null)
            {
                draft.Warn("a birthdate is not an ISO date; kept as text only");
                date = new BirthDate(iso);
            }
        }
        else if (year is not null)
        {
            var month = Number(Attr(birth, "monthOfYear"));
            var day = Number(Attr(birth, "dayOfMonth"));
            var raw = Join("-", $"{year:D4}", month is > 0 ? $"{month:D2}" : null, month is > 0 && day is > 0 ? $"{day:D2}" : null);
            date = BirthDateParser.FromParts(raw ?? "", year, month, day);
        }
        else
        {
            return null;
        }

        var circa = string.Equals(Attr(birth, "circa"), "true", StringComparison.OrdinalIgnoreCase);
        return circa && !date.Approximate ? date with { Approximate = true, Raw = "circa " + date.Raw } : date;
    }

    /// <summary><c>countryIso2Code</c> (<c>00</c> = unknown) with <c>countryDescription</c> as the raw text.</summary>
    private static CountryRef? Country(XElement element)
    {
        var code = Attr(element, "countryIso2Code") is { Length: 2 } c && c != UnknownCountryCode ? c.ToUpperInvariant() : null;
        var description = Attr(element, "countryDescription") is { } d && !d.Equals("UNKNOWN", StringComparison.OrdinalIgnoreCase) ? d : null;
        if ((description ?? code) is not { } raw)
        {
            return null;
        }

        return new CountryRef(raw) { Code = code ?? CountryResolver.TryGetCode(raw) };
    }

    private static PostalAddress? Address(XElement address)
    {
        var poBox = Attr(address, "poBox") is { } box ? "PO Box " + box : null;
        var lines = new[] { OneLine(Attr(address, "street")), poBox, OneLine(Attr(address, "place")) }.OfType<string>().ToArray();
        var city = OneLine(Attr(address, "city"));
        var region = OneLine(Attr(address, "region"));
        var postalCode = OneLine(Attr(address, "zipCode"));
        var country = Country(address);
        if (Join(", ", [.. lines, city, region, postalCode, country?.Raw]) is not { } raw)
        {
            return null;
        }

        return new PostalAddress { Lines = lines, City = city, Region = region, PostalCode = postalCode, Country = country, Raw = raw };
    }

    private static void AddIdentification(XElement identification, EntityDraft draft)
    {
        var code = Attr(identification, "identificationTypeCode");
        var description = Attr(identification, "identificationTypeDescription");
        var type = IdentifierTypes.FromLabel(code ?? "");
        if (type == IdentifierType.Other && description is not null)
        {
            type = IdentifierTypes.FromLabel(description);
        }

        var number = Attr(identification, "number") ?? Attr(identification, "latinNumber");
        var country = Country(identification);
        draft.AddIdentifier(type, type == IdentifierType.Imo ? ImoNumbers.Normalise(number) : number,
            description ?? code, country?.Code ?? country?.Raw);
    }

    private static int? Number(string? text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : null;
}
