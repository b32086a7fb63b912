using System.Xml.Linq;
using static Vetting.Watchlists.Common.XmlValues;

namespace Vetting.Watchlists.Uk;

/// <summary>One <c>Names/Name</c> of a designation: parts, full name, type and alias strength.</summary>
internal sealed record UkName(string Full, UkNameType Type, bool Weak)
{
    public string? Given { get; init; }

    public string? Middle { get; init; }

    public string? Family { get; init; }

    /// <summary>The name, or null when it holds no name text (only its NameType, as real data has).</summary>
    public static UkName? From(XElement name)
    {
        var given = OneLine(Child(name, "Name1"));
        var middle = Join(" ", Enumerable.Range(2, 4).Select(i => Child(name, "Name" + i)));
        var family = OneLine(Child(name, "Name6"));
        if (Join(" ", given, middle, family) is not { } full)
        {
            return null;
        }

        // AliasStrength is "Good quality a.k.a" or a low-quality label when given; absent means strong.
        var weak = Child(name, "AliasStrength")?.Contains("low", StringComparison.OrdinalIgnoreCase) == true;
        return new UkName(full, TypeOf(Child(name, "NameType")), weak) { Given = given, Middle = middle, Family = family };
    }

    private static UkNameType TypeOf(string? type) => type?.ToUpperInvariant() switch
    {
        "PRIMARY NAME" => UkNameType.Primary,
        "PRIMARY NAME VARIATION" => UkNameType.Variation,
        "ALIAS" => UkNameType.Alias,
        _ => UkNameType.Unknown,
    };
}
