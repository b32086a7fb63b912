using System.Collections.Frozen;
using System.Xml.Linq;
using Vetting.Core.Watchlists;
using Vetting.Watchlists.Common;
using Vetting.Watchlists.Importing;

namespace Vetting.Watchlists.Ofac;

/// <summary>
/// OFAC Enhanced XML (<c>SDN_ENHANCED.XML</c>, <c>CONS_ENHANCED.XML</c>; formats doc §2.3), root
/// <c>sanctionsData</c>. The lookup tables (<c>referenceValues</c>, <c>featureTypes</c>) precede the entities and are
/// read into small tables first; the entities are then streamed one at a time. <c>dataAsOf</c> becomes the
/// publisher date.
/// </summary>
/// <remarks>
/// Source rule (the caller's override always wins): the file is <c>ofac-cons</c> when its own export filter
/// (<c>publicationInfo/filters/sanctionsLists</c>) names lists and none of them is the "SDN List". Without a filter,
/// a first streaming pass over the entities decides: <c>ofac-cons</c> when every entity is on at least one non-SDN
/// list (Consolidated, SSI, NS-PLC, CMIC, ...), otherwise <c>ofac-sdn</c>. An entity on both kinds of list (dual
/// designations are common in the consolidated export) does not make a consolidated file an SDN file.
/// </remarks>
internal sealed class OfacEnhancedXmlReader : IWatchlistReader
{
    private const string RootName = "sanctionsData";
    private const string SdnListName = "SDN List";
    private const string Header = "publicationInfo";
    private const string Entity = "entity";

    private static readonly FrozenSet<string> EntityNames = new[] { Entity }.ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string> HeaderNames =
        new[] { Header, "referenceValue", "featureType" }.ToFrozenSet(StringComparer.Ordinal);

    public WatchlistFormat Format => WatchlistFormat.OfacEnhancedXml;

    public IEnumerable<WatchlistEntity> Read(WatchlistInput input, ImportContext context, CancellationToken cancellationToken)
    {
        var file = input.MainFile;
        using var xml = XmlRecordStream.Open(file, RootName);
        var references = new OfacEnhancedReferenceData(file);
        List<string>? filter = null;
        string? source = null;
        var nativeId = ("id", (Func<XElement, string?>)(e => e.Attr("id")));
        var drafts = xml.Drafts(file, context, EntityNames, nativeId, cancellationToken, HeaderNames, header =>
        {
            switch (header.Name)
            {
                case Header:
                    filter = ReadPublicationInfo(header, context, file);
                    break;
                case "referenceValue":
                    references.AddReferenceValue(header);
                    break;
                default:
                    references.AddFeatureType(header);
                    break;
            }
        });
        foreach (var (record, draft) in drafts)
        {
            source ??= DecideSource(file, filter, context, cancellationToken);
            if (OfacEnhancedEntityMapper.Map(record.Element, draft, source, references) is { } entity)
            {
                yield return entity;
            }
        }
    }

    private static List<string>? ReadPublicationInfo(XmlRecord header, ImportContext context, string file)
    {
        XmlRecordDrafts.SetPublisherDate(context, file, header.Line, "dataAsOf", header.Element.Text("dataAsOf"), ListDates.Timestamp);

        var lists = header.Element.Child("filters")?.ItemTexts("sanctionsLists", "sanctionsList").ToList();
        return lists is { Count: > 0 } ? lists : null;
    }

    private static string DecideSource(string file, List<string>? filter, ImportContext context, CancellationToken cancellationToken)
    {
        if (context.SourceOverride is null)
        {
            var consolidated = filter is not null
                ? !filter.Contains(SdnListName, StringComparer.OrdinalIgnoreCase)
                : EveryEntityOnNonSdnList(file, cancellationToken);
            context.Source = consolidated ? WatchlistSources.OfacConsolidated : WatchlistSources.OfacSdn;
        }

        return context.ResolveSource(WatchlistSources.OfacSdn);
    }

    /// <summary>The first pass for files without an export filter: streams the entities once, one at a time.</summary>
    private static bool EveryEntityOnNonSdnList(string file, CancellationToken cancellationToken)
    {
        using var xml = XmlRecordStream.Open(file, RootName);
        var any = false;
        foreach (var record in xml.ReadElements(EntityNames, cancellationToken))
        {
            any = true;
            if (!OnNonSdnList(record.Element))
            {
                return false;
            }
        }

        return any;
    }

    private static bool OnNonSdnList(XElement entity) =>
        entity.ItemTexts("sanctionsLists", "sanctionsList").Any(l => !string.Equals(l, SdnListName, StringComparison.OrdinalIgnoreCase));
}
