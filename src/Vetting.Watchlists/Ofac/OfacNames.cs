using Vetting.Core.Watchlists;

namespace Vetting.Watchlists.Ofac;

/// <summary>Name, type and programme conventions shared by the OFAC formats (formats doc §2).</summary>
internal static class OfacNames
{
    /// <summary>Honorifics OFAC writes in front of given names ("AL ZAWAHIRI, Dr. Ayman"); never a given name.</summary>
    private static readonly HashSet<string> Honorifics =
        new(["Dr.", "Dr", "Mr.", "Mrs.", "Ms.", "Prof."], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// <c>sdnType</c>/<c>SDN_Type</c>/<c>entityType</c>: Individual, Entity, Vessel, Aircraft; null (CSV) = entity.
    /// </summary>
    public static EntityKind KindOf(string? sdnType) => sdnType?.Trim().ToUpperInvariant() switch
    {
        null or "" or "ENTITY" => EntityKind.Organisation,
        "INDIVIDUAL" => EntityKind.Person,
        "VESSEL" => EntityKind.Vessel,
        "AIRCRAFT" => EntityKind.Aircraft,
        _ => EntityKind.Unknown,
    };

    /// <summary><c>a.k.a.</c>/<c>aka</c>, <c>f.k.a.</c>/<c>fka</c>, <c>n.k.a.</c>/<c>nka</c> (any case, dots optional).</summary>
    public static AliasType AliasTypeOf(string? type) =>
        type?.Replace(".", "", StringComparison.Ordinal).Trim().ToUpperInvariant() switch
        {
            "FKA" => AliasType.Fka,
            "NKA" => AliasType.Nka,
            _ => AliasType.Aka,
        };

    /// <summary>Splits the CSV programme field <c>NPWMD] [CYBER2] [RUSSIA-EO14024</c> into its tags.</summary>
    public static IEnumerable<string> SplitProgrammes(string? field)
    {
        if (string.IsNullOrWhiteSpace(field))
        {
            return [];
        }

        return field.Split("] [", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Trim('[', ']', ' '))
            .Where(p => p.Length > 0);
    }

    /// <summary>
    /// An individual's name parts from the family part and the given part ("First Middle ..."). OFAC's first-name
    /// field carries all given names, so the first word (after an honorific) is the given name and the rest are middle
    /// names, the same in every OFAC format.
    /// </summary>
    public static EntityName WithParts(EntityName name, string family, string? givenNames)
    {
        var (given, middle) = SplitGivenNames(givenNames);
        return name with { Family = family.Trim(), Given = given, Middle = middle };
    }

    /// <summary>Parts of the CSV display form <c>"LAST, First Middle"</c>; a name without a comma keeps no parts.</summary>
    public static EntityName WithPartsFromDisplay(EntityName name)
    {
        var comma = name.Full.IndexOf(',', StringComparison.Ordinal);
        var family = comma > 0 ? name.Full[..comma].Trim() : "";
        return family.Length == 0 ? name : WithParts(name, family, name.Full[(comma + 1)..]);
    }

    /// <summary>The display form OFAC uses for a last and first name: <c>"LAST, First"</c>, or whichever is present.</summary>
    public static string? Display(string? last, string? first) => (last, first) switch
    {
        (null, null) => null,
        (null, _) => first,
        (_, null) => last,
        _ => last + ", " + first,
    };

    public static (string? Given, string? Middle) SplitGivenNames(string? givenNames)
    {
        if (string.IsNullOrWhiteSpace(givenNames))
        {
            return (null, null);
        }

        var words = givenNames.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .SkipWhile(Honorifics.Contains)
            .ToArray();
        if (words.Length == 0)
        {
            return (null, null);
        }

        return (words[0], words.Length > 1 ? string.Join(' ', words[1..]) : null);
    }
}
