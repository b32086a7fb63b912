using Vetting.Watchlists.Versions;

namespace Vetting.Service.Api.Lists;

/// <summary>
/// Resolves which two versions of a source to compare and diffs them: <c>to</c> defaults to the active version,
/// <c>from</c> to the version stored just before <c>to</c>.
/// </summary>
internal sealed class VersionComparison(FileWatchlistStore store, WatchlistDiffer differ)
{
    public bool HasSource(string source) => store.ListSources().Contains(source, StringComparer.Ordinal);

    /// <summary>The diff, or null when the source or either version does not exist (or <c>to</c> has no predecessor).</summary>
    public WatchlistDiff? Compare(string source, string? from, string? to, CancellationToken cancellationToken)
    {
        if (!HasSource(source))
        {
            return null;
        }

        var versions = store.ListVersions(source);
        var target = string.IsNullOrEmpty(to) ? store.GetActive(source) : store.FindVersion(source, to);
        var targetIndex = target is null ? -1 : versions.ToList().FindIndex(v => v.VersionId == target.VersionId);
        var origin = string.IsNullOrEmpty(from) ? (targetIndex > 0 ? versions[targetIndex - 1] : null) : store.FindVersion(source, from);
        return target is null || origin is null ? null : differ.Diff(origin, target, cancellationToken);
    }
}
