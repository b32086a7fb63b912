using System.Xml.Linq;
using Vetting.Watchlists.Common;

namespace Vetting.Watchlists.Ofac;

/// <summary>Extension-style access to OFAC record elements by local name, over <see cref="XmlValues"/>.</summary>
internal static class OfacXml
{
    public static XElement? Child(this XElement element, string localName) => XmlValues.Children(element, localName).FirstOrDefault();

    /// <summary>The trimmed text of the first child with this local name; null when absent or blank.</summary>
    public static string? Text(this XElement element, string localName) => XmlValues.Child(element, localName);

    /// <summary>The element's own trimmed text; null when blank.</summary>
    public static string? Value(this XElement element) => XmlValues.Text(element);

    public static string? Attr(this XElement element, string localName) => XmlValues.Attr(element, localName);

    /// <summary>The <c>item</c> children of the <c>list</c> child (<c>akaList/aka</c>); empty when the list is absent.</summary>
    public static IEnumerable<XElement> Items(this XElement element, string list, string item) =>
        XmlValues.Children(element, list).SelectMany(l => XmlValues.Children(l, item));

    /// <summary>The trimmed texts of <c>list/item</c>.</summary>
    public static IEnumerable<string> ItemTexts(this XElement element, string list, string item) => XmlValues.Items(element, list, item);

    public static bool Flag(this XElement element, string localName) =>
        bool.TryParse(XmlValues.Child(element, localName), out var value) && value;
}
