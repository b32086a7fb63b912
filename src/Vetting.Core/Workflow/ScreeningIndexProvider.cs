using Microsoft.Extensions.Logging;
using Vetting.Core.Screening;
using Vetting.Core.Vetting;
using Vetting.Core.Watchlists;
using Vetting.Matching;

namespace Vetting.Core.Workflow;

/// <summary>
/// Builds the <see cref="ScreeningIndex"/> over the active watchlist versions and keeps it while the set of active version
/// ids stays the same; when any source's active version changes, the next call builds a new one (once, however many
/// callers wait) and records the <see cref="ScreeningIndexChange"/> from the previous one.
/// </summary>
public sealed class ScreeningIndexProvider : IDisposable
{
    private readonly IWatchlistStore _store;
    private readonly ILogger<ScreeningIndexProvider> _logger;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private ScreeningIndex? _current;
    private ScreeningIndexChange? _lastChange;

    public ScreeningIndexProvider(IWatchlistStore store, ILogger<ScreeningIndexProvider> logger)
    {
        _store = store;
        _logger = logger;
    }

    /// <summary>The change that produced the current index, if this process built an earlier one.</summary>
    public ScreeningIndexChange? LastChange => Volatile.Read(ref _lastChange);

    /// <summary>Builds counted since start (for tests and metrics).</summary>
    public int Builds { get; private set; }

    /// <summary>The index over the lists active now.</summary>
    /// <exception cref="InvalidOperationException">No watchlist is active: nothing can be screened, so nothing is decided.</exception>
    public async Task<ScreeningIndex> GetCurrentAsync(CancellationToken cancellationToken)
    {
        var versions = _store.GetActiveVersions();
        if (versions.Count == 0)
        {
            throw new InvalidOperationException("No watchlist is active: import or activate a list before screening.");
        }

        var lists = ListVersionSet.From(versions);
        if (Volatile.Read(ref _current) is { } cached && cached.Lists.Equals(lists))
        {
            return cached;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_current is { } built && built.Lists.Equals(lists))
            {
                return built;
            }

            var previous = _current;
            var (index, parties) = await Task.Run(() => Build(versions, lists, cancellationToken), cancellationToken);
            if (previous is not null)
            {
                Volatile.Write(ref _lastChange, Compare(previous, index, parties));
            }

            Volatile.Write(ref _current, index);
            Builds++;
            Log.IndexBuilt(_logger, lists.Key, index.Index.PartyCount, _lastChange?.Affected.Count ?? -1);
            return index;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private (ScreeningIndex Index, Dictionary<string, ListedParty> Parties) Build(
        IReadOnlyList<WatchlistVersion> versions, ListVersionSet lists, CancellationToken cancellationToken)
    {
        var fingerprints = new Dictionary<string, string>(StringComparer.Ordinal);
        var parties = new Dictionary<string, ListedParty>(StringComparer.Ordinal);
        foreach (var version in versions)
        {
            foreach (var entity in _store.ReadEntities(version, cancellationToken))
            {
                if (fingerprints.TryAdd(entity.Id, WatchlistEntityFingerprint.Compute(entity)))
                {
                    parties.Add(entity.Id, entity.ToListedParty());
                }
            }
        }

        var asOf = versions.Min(v => v.AsOf);
        return (new ScreeningIndex(MatchIndex.Build(parties.Values), lists, asOf, fingerprints), parties);
    }

    private static ScreeningIndexChange Compare(ScreeningIndex previous, ScreeningIndex next, Dictionary<string, ListedParty> parties)
    {
        var affected = new HashSet<string>(StringComparer.Ordinal);
        var delta = new List<ListedParty>();
        foreach (var (id, fingerprint) in next.Fingerprints)
        {
            if (!previous.Fingerprints.TryGetValue(id, out var before) || !string.Equals(before, fingerprint, StringComparison.Ordinal))
            {
                affected.Add(id);
                delta.Add(parties[id]);
            }
        }

        foreach (var id in previous.Fingerprints.Keys.Where(id => !next.Fingerprints.ContainsKey(id)))
        {
            affected.Add(id);
        }

        return new ScreeningIndexChange(previous.Lists, next.Lists, affected, MatchIndex.Build(delta));
    }
}
