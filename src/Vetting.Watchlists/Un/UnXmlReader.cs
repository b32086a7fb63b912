using System.Collections.Frozen;
using System.Xml.Linq;
using Vetting.Core.Watchlists;
using Vetting.Watchlists.Common;
using Vetting.Watchlists.Importing;

namespace Vetting.Watchlists.Un;

/// <summary>
/// UN Security Council Consolidated List XML (formats doc §4): root <c>CONSOLIDATED_LIST</c>, records
/// <c>INDIVIDUALS/INDIVIDUAL</c> and <c>ENTITIES/ENTITY</c>, native id <c>DATAID</c>. The published XSD lags the data
/// (e.g. undeclared <c>NOTE</c> children), so unknown children are ignored.
/// </summary>
internal sealed class UnXmlReader : IWatchlistReader
{
    private const string RootName = "CONSOLIDATED_LIST";

    private static readonly FrozenSet<string> RecordNames =
        new[] { UnRecordMapper.Individual, UnRecordMapper.Entity }.ToFrozenSet(StringComparer.Ordinal);

    public WatchlistFormat Format => WatchlistFormat.UnXml;

    public IEnumerable<WatchlistEntity> Read(WatchlistInput input, ImportContext context, CancellationToken cancellationToken)
    {
        var file = input.MainFile;
        using var xml = XmlRecordStream.Open(file, RootName);
        XmlRecordDrafts.SetPublisherDate(context, file, 1, "dateGenerated", xml.RootAttribute("dateGenerated"), ListDates.Timestamp);
        var source = context.ResolveSource(WatchlistSources.UnSecurityCouncil);
        var nativeId = ("DATAID", (Func<XElement, string?>)(e => XmlValues.Child(e, "DATAID")));
        foreach (var (record, draft) in xml.Drafts(file, context, RecordNames, nativeId, cancellationToken))
        {
            if (UnRecordMapper.Map(record, draft, source) is { } entity)
            {
                yield return entity;
            }
        }
    }
}
