namespace Vetting.Watchlists.Versions;

/// <summary>Entities added, removed and changed between two versions of one source.</summary>
public sealed record WatchlistDiff(
    string Source,
    string FromVersion,
    string ToVersion,
    IReadOnlyList<DiffEntry> Added,
    IReadOnlyList<DiffEntry> Removed,
    IReadOnlyList<DiffEntry> Changed)
{
    public int Unchanged { get; init; }
}

/// <summary>One entity of a diff: its id, display name, and for changed entities which fields changed.</summary>
public sealed record DiffEntry(string Id, string Name, IReadOnlyList<string> ChangedFields);
