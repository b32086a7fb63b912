using System.Collections.Frozen;
using System.Xml.Linq;
using Vetting.Core.Watchlists;
using Vetting.Watchlists.Common;
using Vetting.Watchlists.Importing;

namespace Vetting.Watchlists.Uk;

/// <summary>
/// UK Sanctions List (FCDO) XML (formats doc §5.1): root <c>Designations</c> with a <c>DateGenerated</c>
/// (<c>dd/mm/yyyy</c>) and <c>Designation</c> records, native id <c>UniqueID</c> (<c>RUS0070</c>).
/// </summary>
internal sealed class UkXmlReader : IWatchlistReader
{
    private const string RootName = "Designations";
    private const string HeaderDate = "DateGenerated";

    private static readonly FrozenSet<string> RecordNames = new[] { UkDesignationMapper.Designation }.ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string> HeaderNames = new[] { HeaderDate }.ToFrozenSet(StringComparer.Ordinal);

    public WatchlistFormat Format => WatchlistFormat.UkXml;

    public IEnumerable<WatchlistEntity> Read(WatchlistInput input, ImportContext context, CancellationToken cancellationToken)
    {
        var file = input.MainFile;
        using var xml = XmlRecordStream.Open(file, RootName);
        var source = context.ResolveSource(WatchlistSources.UkFcdo);
        var nativeId = ("UniqueID", (Func<XElement, string?>)(e => XmlValues.Child(e, "UniqueID")));
        var drafts = xml.Drafts(file, context, RecordNames, nativeId, cancellationToken, HeaderNames, header =>
            XmlRecordDrafts.SetPublisherDate(context, file, header.Line, HeaderDate, XmlValues.Text(header.Element),
                text => ListDates.StartOfDay(ListDates.DayMonthYear(text))));
        foreach (var (record, draft) in drafts)
        {
            if (UkDesignationMapper.Map(record, draft, source) is { } entity)
            {
                yield return entity;
            }
        }
    }
}
