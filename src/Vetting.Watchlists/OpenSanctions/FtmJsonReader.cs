using Vetting.Core.Watchlists;
using Vetting.Watchlists.Importing;

namespace Vetting.Watchlists.OpenSanctions;

/// <summary>
/// Reads OpenSanctions <c>entities.ftm.json</c> (formats doc §6.1): JSON lines, one FollowTheMoney entity each.
/// <para>
/// Helper records (<c>Sanction</c>, <c>Passport</c>, <c>Address</c>...) may come before or after the entity they
/// describe, or point at one that is not in the file. The file is therefore read twice, one line at a time:
/// pass 1 checks every line and keeps only the small per-entity facts of the helpers (programme, listing date,
/// link, document numbers, addresses) plus a hash per target id; pass 2 streams the targets (Person,
/// Organization, Company, LegalEntity, PublicBody, Vessel, Airplane with <c>target</c> true or absent) and
/// yields each with its facts. Memory grows with the helper facts, never with the file or its targets.
/// </para>
/// <para>
/// Source: <c>opensanctions:{dataset}</c> when every target carries the one same dataset, else
/// <c>opensanctions:default</c>; Id: <c>{source}:{ftm id}</c>; <c>referents</c> are kept as identifiers
/// (type Other, raw type <c>referent</c>). The file has no header date: the publisher date is the latest
/// <c>last_seen</c> of a target.
/// </para>
/// </summary>
internal sealed class FtmJsonReader : IWatchlistReader
{
    public WatchlistFormat Format => WatchlistFormat.OpenSanctionsFtm;

    public IEnumerable<WatchlistEntity> Read(WatchlistInput input, ImportContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        return ReadCore(input.MainFile, context, cancellationToken);
    }

    private static IEnumerable<WatchlistEntity> ReadCore(string file, ImportContext context, CancellationToken cancellationToken)
    {
        var index = FtmFirstPass.Run(file, context, cancellationToken);
        context.Source = index.Datasets.Source;
        context.PublisherDate ??= index.LatestSeen;
        var mapper = new FtmEntityMapper(index, context.ResolveSource(index.Datasets.Source), context, file);
        foreach (var record in FtmLines.Read(file, cancellationToken))
        {
            if (!FtmSchemata.TryGetKind(record.Schema, out var kind) || !record.IsTarget)
            {
                continue;
            }

            index.Ids.Confirm(record.Id, record.Line, file);
            var entity = mapper.Map(record, kind);
            if (entity is not null)
            {
                yield return entity;
            }
        }
    }
}
