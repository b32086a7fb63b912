using System.Collections.Frozen;
using Vetting.Core.Watchlists;

namespace Vetting.Watchlists.OpenSanctions;

/// <summary>Which FtM schemata are listed parties (and of what kind) and which properties are identifiers.</summary>
internal static class FtmSchemata
{
    private static readonly FrozenDictionary<string, EntityKind> Kinds = new Dictionary<string, EntityKind>(StringComparer.Ordinal)
    {
        ["Person"] = EntityKind.Person,
        ["Organization"] = EntityKind.Organisation,
        ["Company"] = EntityKind.Organisation,
        ["LegalEntity"] = EntityKind.Organisation,
        ["PublicBody"] = EntityKind.Organisation,
        ["Vessel"] = EntityKind.Vessel,
        ["Airplane"] = EntityKind.Aircraft,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Target schemata that are not parties of the model (e.g. <c>CryptoWallet</c>, <c>Security</c>).</summary>
    private static readonly FrozenSet<string> Helpers = FrozenSet.ToFrozenSet(
    [
        "Sanction", "Address", "Passport", "Identification", "Family", "Associate", "Directorship", "Ownership",
        "Membership", "Employment", "Occupancy", "Position", "UnknownLink", "Representation", "Succession",
        "Note", "Mention", "Article", "Document",
    ], StringComparer.Ordinal);

    /// <summary>FtM identifier properties, in the order they are added to an entity.</summary>
    public static readonly (string Property, IdentifierType Type)[] Identifiers =
    [
        ("idNumber", IdentifierType.NationalId),
        ("passportNumber", IdentifierType.Passport),
        ("taxNumber", IdentifierType.TaxId),
        ("innCode", IdentifierType.TaxId),
        ("vatCode", IdentifierType.TaxId),
        ("registrationNumber", IdentifierType.Registration),
        ("ogrnCode", IdentifierType.Registration),
        ("okpoCode", IdentifierType.Registration),
        ("leiCode", IdentifierType.Registration),
        ("kppCode", IdentifierType.Other),
        ("uniqueEntityId", IdentifierType.Other),
        ("permId", IdentifierType.Other),
        ("dunsCode", IdentifierType.Other),
        ("serialNumber", IdentifierType.Other),
        ("imoNumber", IdentifierType.Imo),
        ("mmsi", IdentifierType.Mmsi),
        ("callSign", IdentifierType.CallSign),
        ("swiftBic", IdentifierType.Swift),
        ("bikCode", IdentifierType.Other),
        ("email", IdentifierType.Email),
        ("phone", IdentifierType.Phone),
        ("website", IdentifierType.Website),
    ];

    public static bool TryGetKind(string schema, out EntityKind kind) => Kinds.TryGetValue(schema, out kind);

    /// <summary>Helper records (sanctions, addresses, links): never imported as parties, never warned about.</summary>
    public static bool IsHelper(string schema) => Helpers.Contains(schema);
}
