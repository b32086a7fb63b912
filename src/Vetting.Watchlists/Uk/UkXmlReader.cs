using System.Collections.Frozen;
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

    private static readonly FrozenSet<string> ElementNames =
        new[] { HeaderDate, UkDesignationMapper.Designation }.ToFrozenSet(StringComparer.Ordinal);

    public WatchlistFormat Format => WatchlistFormat.UkXml;

    public IEnumerable<WatchlistEntity> Read(WatchlistInput input, ImportContext context, CancellationToken cancellationToken)
    {
        var file = input.MainFile;
        using var xml = XmlRecordStream.Open(file, RootName);
        var source = context.ResolveSource(WatchlistSources.UkFcdo);
        var ids = new DuplicateIdGuard(file);
        var records = 0;
        foreach (var record in xml.ReadElements(ElementNames, cancellationToken))
        {
            if (record.Name == HeaderDate)
            {
                ReadHeaderDate(record, file, context);
                continue;
            }

            records++;
            if (XmlValues.Child(record.Element, "UniqueID") is not { } uniqueId)
            {
                context.Warn(file, record.Line, "Designation without UniqueID; skipped", recordSkipped: true);
                continue;
            }

            ids.Add(uniqueId, record.Line);
            if (UkDesignationMapper.Map(record, new EntityDraft(file, record.Line, uniqueId, context), source) is { } entity)
            {
                yield return entity;
            }
        }

        if (records == 0)
        {
            context.Warn(file, null, "the file holds no Designation record");
        }
    }

    private static void ReadHeaderDate(XmlRecord record, string file, ImportContext context)
    {
        var text = XmlValues.Text(record.Element);
        context.PublisherDate = ListDates.StartOfDay(ListDates.DayMonthYear(text));
        if (context.PublisherDate is null)
        {
            context.Warn(file, record.Line, "DateGenerated is not a dd/mm/yyyy date");
        }
    }
}
