using System.Xml.Linq;
using Vetting.Core.Watchlists;
using Vetting.Watchlists.Common;
using static Vetting.Watchlists.Common.XmlValues;

namespace Vetting.Watchlists.Un;

/// <summary>Dates and places of birth, documents and addresses of a UN record.</summary>
internal static partial class UnRecordMapper
{
    private static void AddDetails(XElement e, bool individual, EntityDraft draft)
    {
        foreach (var dob in Children(e, "INDIVIDUAL_DATE_OF_BIRTH"))
        {
            draft.AddBirthDate(BirthDateOf(dob, draft));
        }

        foreach (var pob in Children(e, "INDIVIDUAL_PLACE_OF_BIRTH"))
        {
            draft.AddBirthPlace(Place(Join(", ", Child(pob, "STREET"), Child(pob, "CITY")), Child(pob, "STATE_PROVINCE"), Child(pob, "COUNTRY")));
        }

        foreach (var document in Children(e, "INDIVIDUAL_DOCUMENT"))
        {
            AddDocument(document, draft);
        }

        foreach (var address in Children(e, individual ? "INDIVIDUAL_ADDRESS" : "ENTITY_ADDRESS"))
        {
            draft.AddAddress(Address(address));
        }
    }

    /// <summary>
    /// <c>EXACT</c> (DATE or only YEAR), <c>APPROXIMATELY</c> (YEAR or DATE) and <c>BETWEEN</c> (FROM_YEAR, TO_YEAR),
    /// written as text the common parser reads back with the same precision, so <c>Raw</c> stays readable.
    /// </summary>
    private static BirthDate? BirthDateOf(XElement dob, EntityDraft draft)
    {
        var type = Child(dob, "TYPE_OF_DATE")?.ToUpperInvariant();
        var value = Child(dob, "DATE") ?? Child(dob, "YEAR");
        var from = Child(dob, "FROM_YEAR");
        var to = Child(dob, "TO_YEAR");
        var raw = type switch
        {
            "BETWEEN" when from is not null && to is not null => $"{from} to {to}",
            "BETWEEN" when (from ?? to) is { } bound => "approximately " + bound,
            "APPROXIMATELY" when value is not null => "approximately " + value,
            _ => value,
        };
        if (raw is null)
        {
            return null;
        }

        if (BirthDateParser.Parse(raw) is { } parsed)
        {
            return parsed;
        }

        draft.Warn("a date of birth is not a date; kept as text only");
        return new BirthDate(raw);
    }

    private static CountryRef? Place(string? locality, string? region, string? country) =>
        Join(", ", locality, region, country) is { } raw
            ? new CountryRef(raw) { Code = country is null ? null : CountryResolver.TryGetCode(country) }
            : null;

    private static void AddDocument(XElement document, EntityDraft draft)
    {
        var label = Child(document, "TYPE_OF_DOCUMENT");
        var detail = Child(document, "TYPE_OF_DOCUMENT2");
        var type = IdentifierTypes.FromLabel(label ?? "");
        if (type == IdentifierType.Other && detail is not null)
        {
            type = IdentifierTypes.FromLabel(detail);
        }

        var country = Child(document, "ISSUING_COUNTRY") ?? Child(document, "COUNTRY_OF_ISSUE");
        draft.AddIdentifier(type, Child(document, "NUMBER"), Join(" / ", label, detail),
            country is null ? null : CountryResolver.TryGetCode(country) ?? country);
    }

    private static PostalAddress? Address(XElement address)
    {
        var street = OneLine(Child(address, "STREET"));
        var city = OneLine(Child(address, "CITY"));
        var region = OneLine(Child(address, "STATE_PROVINCE"));
        var postalCode = OneLine(Child(address, "ZIP_CODE"));
        var country = OneLine(Child(address, "COUNTRY"));
        if (Join(", ", street, city, region, postalCode, country) is not { } raw)
        {
            // Some entity addresses are given only as free text in NOTE ("Branch Office 2: Peshawar, ...").
            return OneLine(Child(address, "NOTE")) is { } note ? new PostalAddress { Lines = [note], Raw = note } : null;
        }

        return new PostalAddress
        {
            Lines = street is null ? [] : [street],
            City = city,
            Region = region,
            PostalCode = postalCode,
            Country = country is null ? null : CountryResolver.Resolve(country),
            Raw = raw,
        };
    }
}
