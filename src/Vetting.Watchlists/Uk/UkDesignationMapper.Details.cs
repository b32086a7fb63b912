using System.Xml.Linq;
using Vetting.Core.Watchlists;
using Vetting.Watchlists.Common;
using static Vetting.Watchlists.Common.XmlValues;

namespace Vetting.Watchlists.Uk;

/// <summary>Individual details, contacts, addresses, documents and ship details of a UK designation.</summary>
internal static partial class UkDesignationMapper
{
    private static readonly char[] EmailSeparators = [';', ',', ' '];

    private static void AddDetails(XElement d, EntityDraft draft)
    {
        foreach (var individual in Children(d, "IndividualDetails").SelectMany(i => Children(i, "Individual")))
        {
            AddIndividual(individual, draft);
        }

        foreach (var address in Children(d, "Addresses").SelectMany(a => Children(a, "Address")))
        {
            draft.AddAddress(Address(address));
        }

        foreach (var emails in Items(d, "EmailAddresses", "EmailAddress"))
        {
            // One element sometimes holds several addresses.
            foreach (var email in emails.Split(EmailSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                draft.AddIdentifier(IdentifierType.Email, email);
            }
        }

        foreach (var phone in Items(d, "PhoneNumbers", "PhoneNumber"))
        {
            draft.AddIdentifier(IdentifierType.Phone, phone);
        }

        foreach (var website in Items(d, "Websites", "Website"))
        {
            draft.AddIdentifier(IdentifierType.Website, website);
        }

        // Document and registration numbers sit at different depths per designation type; their element names do not.
        foreach (var (element, type) in DocumentNumbers)
        {
            foreach (var number in Descendants(d, element))
            {
                draft.AddIdentifier(type, Text(number), element);
            }
        }

        foreach (var imo in Descendants(d, "IMONumber"))
        {
            draft.AddIdentifier(IdentifierType.Imo, ImoNumbers.Normalise(Text(imo)));
        }
    }

    private static readonly (string Element, IdentifierType Type)[] DocumentNumbers =
    [
        ("PassportNumber", IdentifierType.Passport),
        ("NationalIdentifierNumber", IdentifierType.NationalId),
        ("BusinessRegistrationNumber", IdentifierType.Registration),
    ];

    private static void AddIndividual(XElement individual, EntityDraft draft)
    {
        foreach (var dob in Items(individual, "DOBs", "DOB"))
        {
            // dd/mm/yyyy with 00 for an unknown day or month: the parser keeps only the known parts.
            if (BirthDateParser.Parse(dob) is { } date)
            {
                draft.AddBirthDate(date);
            }
            else
            {
                draft.Warn("a DOB is not a dd/mm/yyyy date; kept as text only");
                draft.AddBirthDate(new BirthDate(dob));
            }
        }

        foreach (var nationality in Items(individual, "Nationalities", "Nationality"))
        {
            draft.AddNationality(CountryResolver.Resolve(nationality));
        }

        // One Position sometimes holds several offices joined by "|".
        foreach (var position in Items(individual, "Positions", "Position").SelectMany(p => p.Split('|')))
        {
            draft.AddPosition(position);
        }

        foreach (var location in Children(individual, "BirthDetails").SelectMany(b => Children(b, "Location")))
        {
            var country = OneLine(Child(location, "CountryOfBirth"));
            if (Join(", ", Child(location, "TownOfBirth"), country) is { } raw)
            {
                draft.AddBirthPlace(new CountryRef(raw) { Code = country is null ? null : CountryResolver.TryGetCode(country) });
            }
        }
    }

    private static PostalAddress? Address(XElement address)
    {
        var lines = Enumerable.Range(1, 6).Select(i => OneLine(Child(address, "AddressLine" + i))).OfType<string>().ToArray();
        var postalCode = OneLine(Child(address, "AddressPostalCode"));
        var country = OneLine(Child(address, "AddressCountry"));
        if (Join(", ", [.. lines, postalCode, country]) is not { } raw)
        {
            return null;
        }

        // Which AddressLine holds the city varies from entry to entry, so the lines are kept as lines.
        return new PostalAddress
        {
            Lines = lines,
            PostalCode = postalCode,
            Country = country is null ? null : CountryResolver.Resolve(country),
            Raw = raw,
        };
    }
}
