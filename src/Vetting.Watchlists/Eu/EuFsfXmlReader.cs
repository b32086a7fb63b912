using System.Collections.Frozen;
using System.Xml.Linq;
using Vetting.Core.Watchlists;
using Vetting.Watchlists.Common;
using Vetting.Watchlists.Importing;

namespace Vetting.Watchlists.Eu;

/// <summary>
/// EU Financial Sanctions Files XML 1.1 (formats doc §3): root <c>export</c> in namespace
/// <see cref="Namespace"/> with <c>@generationDate</c>, records <c>sanctionEntity</c>, native id <c>@logicalId</c>.
/// </summary>
internal sealed class EuFsfXmlReader : IWatchlistReader
{
    public const string Namespace = "http://eu.europa.ec/fpi/fsd/export";

    private const string RootName = "export";

    private static readonly FrozenSet<string> RecordNames = new[] { EuEntityMapper.SanctionEntity }.ToFrozenSet(StringComparer.Ordinal);

    public WatchlistFormat Format => WatchlistFormat.EuFsfXml;

    public IEnumerable<WatchlistEntity> Read(WatchlistInput input, ImportContext context, CancellationToken cancellationToken)
    {
        var file = input.MainFile;

        // The root name is generic, so a root in another namespace is refused (one without a namespace is accepted).
        using var xml = XmlRecordStream.Open(file, RootName, Namespace);
        XmlRecordDrafts.SetPublisherDate(context, file, 1, "generationDate", xml.RootAttribute("generationDate"), ListDates.Timestamp);
        var source = context.ResolveSource(WatchlistSources.EuFsf);
        var nativeId = ("logicalId", (Func<XElement, string?>)(e => XmlValues.Attr(e, "logicalId")));
        foreach (var (record, draft) in xml.Drafts(file, context, RecordNames, nativeId, cancellationToken))
        {
            if (EuEntityMapper.Map(record, draft, source) is { } entity)
            {
                yield return entity;
            }
        }
    }
}
