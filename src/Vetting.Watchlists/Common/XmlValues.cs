using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Vetting.Watchlists.Common;

/// <summary>Reads values out of one record element by local name (namespaces ignored), trimmed, empty as null.</summary>
internal static partial class XmlValues
{
    /// <summary>The element's text, trimmed; null when absent or blank.</summary>
    public static string? Text(XElement? element) => element is null ? null : Clean(element.Value);

    /// <summary>The trimmed text of the first child with this local name.</summary>
    public static string? Child(XElement parent, string localName) => Text(Children(parent, localName).FirstOrDefault());

    public static IEnumerable<XElement> Children(XElement parent, string localName) =>
        parent.Elements().Where(e => string.Equals(e.Name.LocalName, localName, StringComparison.Ordinal));

    public static IEnumerable<XElement> Descendants(XElement parent, string localName) =>
        parent.Descendants().Where(e => string.Equals(e.Name.LocalName, localName, StringComparison.Ordinal));

    /// <summary>The non-blank texts of <c>container/item</c> children (e.g. UN <c>NATIONALITY/VALUE</c>).</summary>
    public static IEnumerable<string> Items(XElement parent, string container, string item) =>
        Children(parent, container).SelectMany(c => Children(c, item)).Select(Text).OfType<string>();

    /// <summary>An attribute by local name, trimmed; null when absent or blank.</summary>
    public static string? Attr(XElement element, string localName) =>
        Clean(element.Attributes().FirstOrDefault(a => string.Equals(a.Name.LocalName, localName, StringComparison.Ordinal))?.Value);

    /// <summary>Trims and folds inner runs of white space (line breaks inside a name or position) to one space.</summary>
    public static string? OneLine(string? text) => Clean(text) is { } t ? WhiteSpaceRun().Replace(t, " ") : null;

    /// <summary>Non-blank parts, each folded to one line, joined by <paramref name="separator"/>; null when every part is blank.</summary>
    public static string? Join(string separator, params IEnumerable<string?> parts)
    {
        var kept = parts.Select(OneLine).OfType<string>().ToList();
        return kept.Count == 0 ? null : string.Join(separator, kept);
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex WhiteSpaceRun();
}
