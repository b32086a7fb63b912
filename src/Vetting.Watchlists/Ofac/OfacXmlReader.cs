using System.Collections.Frozen;
using System.Globalization;
using Vetting.Core.Watchlists;
using Vetting.Watchlists.Common;
using Vetting.Watchlists.Importing;

namespace Vetting.Watchlists.Ofac;

/// <summary>
/// OFAC classic XML (<c>sdn.xml</c>, <c>consolidated.xml</c>; formats doc §2.1), root <c>sdnList</c> in the old
/// (<c>http://tempuri.org/sdnList.xsd</c>) or the current namespace: matched on local names. Entries are streamed one
/// <c>sdnEntry</c> at a time. <c>Publish_Date</c> becomes the publisher date; <c>Record_Count</c> is not checked
/// against the entries (an excerpt keeps the full list's count). Default source <c>ofac-sdn</c>; the caller
/// overrides it with <c>ofac-cons</c> for the consolidated list (same schema, nothing in the file tells them apart).
/// </summary>
internal sealed class OfacXmlReader : IWatchlistReader
{
    private const string Header = "publshInformation"; // sic: OFAC's spelling
    private const string Entry = "sdnEntry";

    private static readonly FrozenSet<string> RecordNames = new[] { Header, Entry }.ToFrozenSet(StringComparer.Ordinal);

    public WatchlistFormat Format => WatchlistFormat.OfacXml;

    public IEnumerable<WatchlistEntity> Read(WatchlistInput input, ImportContext context, CancellationToken cancellationToken)
    {
        var file = input.MainFile;
        using var xml = XmlRecordStream.Open(file, "sdnList");
        context.Source = WatchlistSources.OfacSdn;
        var source = context.ResolveSource(WatchlistSources.OfacSdn);
        var ids = new DuplicateIdGuard(file);
        var entries = 0;
        foreach (var record in xml.ReadElements(RecordNames, cancellationToken))
        {
            if (record.Name == Header)
            {
                ReadPublishDate(record, context, file);
                continue;
            }

            entries++;
            if (record.Element.Text("uid") is not { } uid)
            {
                context.Warn(file, record.Line, "sdnEntry without uid; skipped", recordSkipped: true);
                continue;
            }

            ids.Add(uid, record.Line);
            if (OfacXmlEntryMapper.Map(record.Element, new EntityDraft(file, record.Line, uid, context), source) is { } entity)
            {
                yield return entity;
            }
        }

        if (entries == 0)
        {
            context.Warn(file, null, "the list has no sdnEntry");
        }
    }

    private static void ReadPublishDate(XmlRecord header, ImportContext context, string file)
    {
        var text = header.Element.Text("Publish_Date");
        if (DateOnly.TryParseExact(text, "MM/dd/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            context.PublisherDate = ListDates.StartOfDay(date);
        }
        else
        {
            context.Warn(file, header.Line, "Publish_Date missing or not MM/DD/YYYY; no publisher date");
        }
    }
}
