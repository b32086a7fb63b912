using Vetting.Core.Watchlists;

namespace Vetting.Watchlists.Importing;

public enum ImportStatus
{
    /// <summary>A new version was stored and is now active.</summary>
    Activated,

    /// <summary>The files are byte-identical to the active version: nothing was stored.</summary>
    Unchanged,

    /// <summary>Stored, but not activated: it lost more entities than <see cref="ImportRequest.MaxShrink"/> allows.</summary>
    RefusedShrink,
}

public sealed record ImportOutcome(ImportStatus Status, WatchlistVersion Version, WatchlistVersion? Previous, IReadOnlyList<ImportWarning> Warnings)
{
    public string Describe() => Status switch
    {
        ImportStatus.Activated => $"{Version.Source}: version {Version.VersionId} active ({Version.EntityCount} entities, {Version.NameCount} names" +
                                  (Previous is null ? ")" : $"; was {Previous.EntityCount} in {Previous.VersionId})"),
        ImportStatus.Unchanged => $"{Version.Source}: unchanged, version {Version.VersionId} stays active",
        _ => $"{Version.Source}: version {Version.VersionId} has {Version.EntityCount} entities against {Previous?.EntityCount} active; " +
             $"stored but NOT activated (run 'vetting lists activate {Version.Source} {Version.VersionId}' or import with --force)",
    };
}
