using System.Collections.Frozen;
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
        var generated = xml.RootAttribute("dateGenerated");
        context.PublisherDate = ListDates.Timestamp(generated);
        if (generated is not null && context.PublisherDate is null)
        {
            context.Warn(file, 1, "the dateGenerated attribute is not an ISO timestamp");
        }

        var source = context.ResolveSource(WatchlistSources.UnSecurityCouncil);
        var ids = new DuplicateIdGuard(file);
        var records = 0;
        foreach (var record in xml.ReadElements(RecordNames, cancellationToken))
        {
            records++;
            if (XmlValues.Child(record.Element, "DATAID") is not { } dataId)
            {
                context.Warn(file, record.Line, $"{record.Name} record without DATAID; skipped", recordSkipped: true);
                continue;
            }

            ids.Add(dataId, record.Line);
            if (UnRecordMapper.Map(record, new EntityDraft(file, record.Line, dataId, context), source) is { } entity)
            {
                yield return entity;
            }
        }

        if (records == 0)
        {
            context.Warn(file, null, "the file holds no INDIVIDUAL or ENTITY record");
        }
    }
}
