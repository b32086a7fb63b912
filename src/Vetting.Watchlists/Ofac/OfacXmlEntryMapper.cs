using System.Xml.Linq;
using Vetting.Core.Watchlists;
using Vetting.Watchlists.Common;

namespace Vetting.Watchlists.Ofac;

/// <summary>Maps one classic-XML <c>sdnEntry</c> (formats doc §2.1) onto the common model.</summary>
internal static class OfacXmlEntryMapper
{
    private const string NationalityOfRegistration = "Nationality of Registration";

    public static WatchlistEntity? Map(XElement entry, EntityDraft draft, string source)
    {
        var last = entry.Text("lastName");
        var first = entry.Text("firstName");
        if (draft.PrimaryName(OfacNames.Display(last, first)) is not { } name)
        {
            return null;
        }

        var kind = OfacNames.KindOf(entry.Text("sdnType"));
        if (kind == EntityKind.Unknown || entry.Text("sdnType") is null)
        {
            draft.Warn("missing or unknown sdnType; kind left unknown");
            kind = EntityKind.Unknown;
        }

        Fill(entry, draft);
        var primary = kind == EntityKind.Person && last is not null ? OfacNames.WithParts(name, last, first) : name;
        return draft.Build(source, kind, primary, listedOn: null);
    }

    private static void Fill(XElement entry, EntityDraft draft)
    {
        draft.AddRemark(entry.Text("remarks"));
        draft.AddPositions(entry.Text("title"));
        foreach (var programme in entry.ItemTexts("programList", "program"))
        {
            draft.AddProgramme(programme);
        }

        foreach (var aka in entry.Items("akaList", "aka"))
        {
            var weak = string.Equals(aka.Text("category"), "weak", StringComparison.OrdinalIgnoreCase);
            draft.AddAlias(OfacNames.Display(aka.Text("lastName"), aka.Text("firstName")),
                weak ? AliasQuality.Weak : AliasQuality.Strong, OfacNames.AliasTypeOf(aka.Text("type")));
        }

        var facts = new List<(string, string?)>();
        foreach (var id in entry.Items("idList", "id"))
        {
            AddId(id, draft, facts);
        }

        foreach (var address in entry.Items("addressList", "address"))
        {
            draft.AddAddress(Address(address));
        }

        foreach (var country in entry.Items("nationalityList", "nationality").Select(n => n.Text("country")).OfType<string>())
        {
            draft.AddNationality(OfacPlaces.Country(country));
        }

        foreach (var country in entry.Items("citizenshipList", "citizenship").Select(n => n.Text("country")).OfType<string>())
        {
            draft.AddCitizenship(OfacPlaces.Country(country));
        }

        foreach (var dob in entry.Items("dateOfBirthList", "dateOfBirthItem").Select(d => d.Text("dateOfBirth")).OfType<string>())
        {
            draft.AddBirthDate(BirthDateParser.Parse(dob) ?? new BirthDate(dob));
        }

        foreach (var pob in entry.Items("placeOfBirthList", "placeOfBirthItem").Select(p => p.Text("placeOfBirth")).OfType<string>())
        {
            draft.AddBirthPlace(OfacPlaces.Place(pob));
        }

        draft.AddFacts(facts);
        if (entry.Child("vesselInfo") is { } vessel)
        {
            draft.AddVessel(vessel.Text("callSign"), vessel.Text("vesselFlag"), vessel.Text("vesselType"),
                vessel.Text("tonnage"), vessel.Text("grossRegisteredTonnage"), vessel.Text("vesselOwner"));
        }
    }

    /// <summary>E-mail, website, passport, tax, registration ... become identifiers; "information" rows become facts.</summary>
    private static void AddId(XElement id, EntityDraft draft, List<(string, string?)> facts)
    {
        var type = id.Text("idType");
        var number = id.Text("idNumber");
        var country = id.Text("idCountry");
        if (string.Equals(type, NationalityOfRegistration, StringComparison.OrdinalIgnoreCase) && (country ?? number) is { } flag)
        {
            draft.AddNationality(OfacPlaces.Country(flag));
        }
        else if (type is not null && OfacIdLabels.Identifier(type, number, country) is { } identifier)
        {
            draft.AddIdentifier(identifier.Type, identifier.Value, identifier.RawType, identifier.Country);
        }
        else
        {
            facts.Add((type ?? "", country is null ? number : $"{number} ({country})"));
        }
    }

    private static PostalAddress? Address(XElement address)
    {
        var lines = new[] { address.Text("address1"), address.Text("address2"), address.Text("address3") }.OfType<string>().ToArray();
        var city = address.Text("city");
        var region = address.Text("stateOrProvince");
        var postalCode = address.Text("postalCode");
        var country = address.Text("country");
        var raw = XmlValues.Join(", ", [.. lines, city, region, postalCode, country]);
        return raw is null ? null : new PostalAddress
        {
            Lines = lines,
            City = city,
            Region = region,
            PostalCode = postalCode,
            Country = country is null ? null : OfacPlaces.Country(country),
            Raw = raw,
        };
    }
}
