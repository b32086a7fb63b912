using System.Xml.Linq;
using Vetting.Core.Watchlists;
using Vetting.Watchlists.Common;

namespace Vetting.Watchlists.Ofac;

/// <summary>
/// Features, identity documents and addresses of an Enhanced XML entity (formats doc §2.3). Features the model has a
/// field for go there (birth date, place of birth, nationality, citizenship, identifiers such as e-mail, website,
/// SWIFT/BIC); the others ("Secondary sanctions risk:", directive dates, "Gender") are returned as labelled facts for
/// the remarks, written the way OFAC writes them in its other formats.
/// </summary>
internal static class OfacEnhancedFeatures
{
    /// <summary>Adds the feature to the draft; returns it as a fact (label, value) when the model has no field for it.</summary>
    public static (string Label, string? Value)? AddFeature(XElement feature, EntityDraft draft, OfacEnhancedReferenceData references)
    {
        var type = references.FeatureType(feature.Child("type")) ?? "";
        var valueRefId = feature.Text("valueRefId");
        var value = feature.Text("value") ?? references.Value(valueRefId);
        switch (type.ToUpperInvariant())
        {
            case "BIRTHDATE":
                draft.AddBirthDate(OfacEnhancedDates.BirthDate(value, feature.Child("valueDate")));
                return null;
            case "PLACE OF BIRTH" when value is not null:
                draft.AddBirthPlace(OfacPlaces.Place(value));
                return null;
            case "NATIONALITY COUNTRY" or "NATIONALITY OF REGISTRATION" or "VESSEL FLAG" when value is not null:
                draft.AddNationality(Country(value, references.IsoCode(valueRefId)));
                return null;
            case "CITIZENSHIP COUNTRY" when value is not null:
                draft.AddCitizenship(Country(value, references.IsoCode(valueRefId)));
                return null;
            case "TITLE":
                draft.AddPositions(value);
                return null;
        }

        if (OfacIdLabels.Identifier(type, value, null) is { } identifier)
        {
            draft.AddIdentifier(identifier.Type, identifier.Value, identifier.RawType, identifier.Country);
            return null;
        }

        return (type, value);
    }

    public static void AddIdentityDocument(XElement document, EntityDraft draft, OfacEnhancedReferenceData references)
    {
        var type = document.Text("type") ?? references.Value(document.Child("type")?.Attr("refId")) ?? "Identity document";
        var country = document.Child("issuingCountry");
        var countryCode = references.IsoCode(country?.Attr("refId")) ?? country?.Value();

        // Every identity document is an identifier, even one whose label does not name a known kind.
        var number = document.Text("documentNumber");
        var identifier = OfacIdLabels.Identifier(type, number, countryCode);
        draft.AddIdentifier(identifier?.Type ?? IdentifierType.Other, number, type, OfacPlaces.IdentifierCountry(countryCode));
    }

    /// <summary>One address per translation (a Cyrillic address is kept beside its Latin form).</summary>
    public static void AddAddress(XElement address, EntityDraft draft, OfacEnhancedReferenceData references)
    {
        var countryElement = address.Child("country");
        var countryText = countryElement?.Value() ?? references.Value(countryElement?.Attr("refId"));
        var country = countryText is null ? null : Country(countryText, references.IsoCode(countryElement?.Attr("refId")));
        var added = false;
        foreach (var translation in address.Items("translations", "translation"))
        {
            var parts = translation.Items("addressParts", "addressPart")
                .Select(p => (Type: p.Text("type")?.ToUpperInvariant(), Value: p.Text("value")))
                .Where(p => p.Value is not null)
                .ToList();
            if (parts.Count == 0)
            {
                continue;
            }

            string? Get(string type) => parts.FirstOrDefault(p => p.Type == type).Value;
            draft.AddAddress(new PostalAddress
            {
                Lines = [.. parts.Where(p => p.Type is "ADDRESS1" or "ADDRESS2" or "ADDRESS3").Select(p => p.Value).OfType<string>()],
                City = Get("CITY"),
                Region = Get("STATE/PROVINCE") ?? Get("REGION"),
                PostalCode = Get("POSTAL CODE"),
                Country = country,
                Raw = string.Join(", ", parts.Select(p => p.Value).Append(countryText).OfType<string>()),
            });
            added = true;
        }

        if (!added && country is not null)
        {
            draft.AddAddress(new PostalAddress { Country = country, Raw = country.Raw });
        }
    }

    private static CountryRef Country(string text, string? isoCode) =>
        isoCode is null ? OfacPlaces.Country(text) : new CountryRef(text.Trim()) { Code = isoCode.ToUpperInvariant() };
}
