using Vetting.Core.Screening;
using Vetting.Core.Watchlists;
using Vetting.Testing;
using Vetting.Watchlists.Importing;

namespace Vetting.Matching.Evaluation.Tests.Lists;

/// <summary>
/// The full lists the evaluation runs against: the whole OFAC SDN legacy CSV set (SDN + ALT + ADD), the whole UN
/// Security Council Consolidated List and the curated occupation-authorities list, read by the real importers and
/// mapped by the real mapper, exactly as <c>vetting screen</c> does.
/// </summary>
internal sealed class EvaluationLists
{
    private EvaluationLists(
        IReadOnlyList<WatchlistEntity> entities, IReadOnlyList<ListedParty> parties, MatchIndex index, TimeSpan readTime, TimeSpan buildTime)
    {
        Entities = entities;
        Parties = parties;
        Index = index;
        ReadTime = readTime;
        BuildTime = buildTime;
    }

    public static IReadOnlyList<string> Paths { get; } =
    [
        TestPaths.ListFixture("full/ofac-sdn.csv"),
        TestPaths.ListFixture("full/un-consolidated.xml"),
        TestPaths.InRepository("watchlists/curated/occupation-authorities.yaml"),
    ];

    public IReadOnlyList<WatchlistEntity> Entities { get; }

    public IReadOnlyList<ListedParty> Parties { get; }

    public MatchIndex Index { get; }

    public TimeSpan ReadTime { get; }

    public TimeSpan BuildTime { get; }

    public static EvaluationLists Load(CancellationToken cancellationToken)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var entities = new List<WatchlistEntity>();
        foreach (var path in Paths)
        {
            entities.AddRange(WatchlistFileReader.Read(path, new ImportContext(), cancellationToken).Where(e => seen.Add(e.Id)));
        }

        var readTime = watch.Elapsed;
        watch.Restart();
        var parties = entities.Select(e => e.ToListedParty()).ToList();
        var index = MatchIndex.Build(parties);
        return new EvaluationLists(entities, parties, index, readTime, watch.Elapsed);
    }
}
