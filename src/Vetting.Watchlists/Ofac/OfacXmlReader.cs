using System.Collections.Frozen;
using System.Globalization;
using System.Xml.Linq;
using Vetting.Core.Watchlists;
using Vetting.Watchlists.Common;
using Vetting.Watchlists.Importing;

namespace Vetting.Watchlists.Ofac;

/// <summary>
/// OFAC classic XML (<c>sdn.xml</c>, <c>consolidated.xml</c>; formats doc §2.1), root <c>sdnList</c> in the old
/// (<c>http://tempuri.org/sdnList.xsd</c>) or the current namespace: matched on local names. Entries are streamed one
/// <c>sdnEntry</c> at a time, native id <c>uid</c>. <c>Publish_Date</c> (MM/DD/YYYY) becomes the publisher date;
/// <c>Record_Count</c> is not checked against the entries (an excerpt keeps the full list's count). Default source
/// <c>ofac-sdn</c>; the caller overrides it with <c>ofac-cons</c> for the consolidated list (same schema, and nothing
/// in the file tells the two apart).
/// </summary>
internal sealed class OfacXmlReader : IWatchlistReader
{
    private const string PublishDate = "Publish_Date";

    private static readonly FrozenSet<string> EntryNames = new[] { "sdnEntry" }.ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string> HeaderNames = new[] { "publshInformation" }.ToFrozenSet(StringComparer.Ordinal); // sic

    public WatchlistFormat Format => WatchlistFormat.OfacXml;

    public IEnumerable<WatchlistEntity> Read(WatchlistInput input, ImportContext context, CancellationToken cancellationToken)
    {
        var file = input.MainFile;
        using var xml = XmlRecordStream.Open(file, "sdnList");
        context.Source = WatchlistSources.OfacSdn;
        var source = context.ResolveSource(WatchlistSources.OfacSdn);
        var nativeId = ("uid", (Func<XElement, string?>)(e => e.Text("uid")));
        var drafts = xml.Drafts(file, context, EntryNames, nativeId, cancellationToken, HeaderNames, header =>
            XmlRecordDrafts.SetPublisherDate(context, file, header.Line, PublishDate, header.Element.Text(PublishDate), UsDate));
        foreach (var (record, draft) in drafts)
        {
            if (OfacXmlEntryMapper.Map(record.Element, draft, source) is { } entity)
            {
                yield return entity;
            }
        }
    }

    private static DateTimeOffset? UsDate(string? text) =>
        DateOnly.TryParseExact(text, "MM/dd/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? ListDates.StartOfDay(date)
            : null;
}
