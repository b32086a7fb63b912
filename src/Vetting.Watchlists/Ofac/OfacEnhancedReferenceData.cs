using System.Xml.Linq;

namespace Vetting.Watchlists.Ofac;

/// <summary>
/// The lookup tables that precede the entities of an Enhanced XML file: <c>referenceValues</c> (refId → type, value,
/// ISO code) and <c>featureTypes</c> (featureTypeId → type). A few thousand short rows at most.
/// </summary>
internal sealed class OfacEnhancedReferenceData
{
    private readonly Dictionary<string, ReferenceValue> _values = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _featureTypes = new(StringComparer.Ordinal);

    public int Count => _values.Count + _featureTypes.Count;

    public void AddReferenceValue(XElement element)
    {
        if (element.Attr("refId") is { } refId)
        {
            _values[refId] = new ReferenceValue(element.Text("type"), element.Text("value"), element.Text("isoCode"));
        }
    }

    public void AddFeatureType(XElement element)
    {
        if (element.Attr("featureTypeId") is { } id && element.Text("type") is { } type)
        {
            _featureTypes[id] = type;
        }
    }

    /// <summary>The ISO code of a country reference (<c>valueRefId</c>, <c>country@refId</c>), if it has one.</summary>
    public string? IsoCode(string? refId) => refId is not null && _values.TryGetValue(refId, out var value) ? value.IsoCode : null;

    /// <summary>The text of a reference value, for elements that carry only the refId.</summary>
    public string? Value(string? refId) => refId is not null && _values.TryGetValue(refId, out var value) ? value.Value : null;

    /// <summary>A feature's type: its own text, else the featureTypes table.</summary>
    public string? FeatureType(XElement? type)
    {
        if (type is null)
        {
            return null;
        }

        return type.Value() ?? (type.Attr("featureTypeId") is { } id && _featureTypes.TryGetValue(id, out var name) ? name : null);
    }

    private sealed record ReferenceValue(string? Type, string? Value, string? IsoCode);
}
