using System.Xml.Linq;

namespace Vetting.Watchlists.Common;

/// <summary>One record element read from a list file, with the line its start tag is on.</summary>
internal readonly record struct XmlRecord(XElement Element, long Line)
{
    public string Name => Element.Name.LocalName;
}
