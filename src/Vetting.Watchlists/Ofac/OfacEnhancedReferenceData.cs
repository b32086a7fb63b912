using System.Xml.Linq;
using Vetting.Watchlists.Common;
using Vetting.Watchlists.Importing;

namespace Vetting.Watchlists.Ofac;

/// <summary>
/// The lookup tables that precede the entities of an Enhanced XML file: <c>referenceValues</c> (refId → type, value,
/// ISO code) and <c>featureTypes</c> (featureTypeId → type). Real files hold about a thousand short rows; a file
/// with more than <see cref="MaxRows"/> is refused rather than allowed to fill memory.
/// </summary>
internal sealed class OfacEnhancedReferenceData(string file)
{
    public const int MaxRows = 100_000;

    private readonly Dictionary<string, ReferenceValue> _values = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _featureTypes = new(StringComparer.Ordinal);

    public void AddReferenceValue(XmlRecord row)
    {
        if (row.Element.Attr("refId") is { } refId)
        {
            CheckSize(row);
            _values[refId] = new ReferenceValue(row.Element.Text("value"), row.Element.Text("isoCode"));
        }
    }

    public void AddFeatureType(XmlRecord row)
    {
        if (row.Element.Attr("featureTypeId") is { } id && row.Element.Text("type") is { } type)
        {
            CheckSize(row);
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

    private void CheckSize(XmlRecord row)
    {
        if (_values.Count + _featureTypes.Count >= MaxRows)
        {
            throw new WatchlistFormatException(file, $"more than {MaxRows} reference values and feature types", row.Line);
        }
    }

    private sealed record ReferenceValue(string? Value, string? IsoCode);
}
