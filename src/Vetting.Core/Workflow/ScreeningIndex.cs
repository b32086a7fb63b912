using Vetting.Core.Vetting;
using Vetting.Matching;

namespace Vetting.Core.Workflow;

/// <summary>
/// The matcher's index over the active watchlist versions, with what a screening must record next to its result: the
/// versions it ran against, their oldest "as of" date, and each entity's content fingerprint (for clearances).
/// </summary>
/// <param name="Index">The immutable index; safe to screen from many threads.</param>
/// <param name="Lists">Source → version id of every list in the index.</param>
/// <param name="ListsAsOf">The oldest "as of" date of those versions.</param>
/// <param name="Fingerprints">Entity id → <see cref="WatchlistEntityFingerprint"/> of the entity as indexed.</param>
public sealed record ScreeningIndex(
    MatchIndex Index,
    ListVersionSet Lists,
    DateTimeOffset ListsAsOf,
    IReadOnlyDictionary<string, string> Fingerprints)
{
    /// <summary>The fingerprint of an indexed entity.</summary>
    /// <exception cref="InvalidOperationException">The matcher returned an entity this index does not hold.</exception>
    public string FingerprintOf(string entityId) =>
        Fingerprints.TryGetValue(entityId, out var fingerprint)
            ? fingerprint
            : throw new InvalidOperationException($"entity {entityId} is not in the screening index of {Lists}");
}
