using Vetting.Core.Watchlists;
using Vetting.Matching.Evaluation.Tests.Support;

namespace Vetting.Matching.Evaluation.Tests.Lists;

/// <summary>
/// Which person entities of different lists (or of one list) are the same person, judged by a shared full name: a
/// primary name or strong alias of two or more tokens whose <see cref="LooseKey"/>s are the same set. A hit on any of
/// them is a hit on the right person (OFAC and the curated list both carry AKSYONOV; OFAC and the UN both carry
/// Al-Qaida leaders). Honorifics (Haji, Shaykh, Mullah...) are left out of the comparison.
/// </summary>
internal sealed class EntityIdentity
{
    /// <summary>Loose keys of honorifics some lists write into the name (Haji, Shaykh, Mullah, Dr.).</summary>
    private static readonly HashSet<string> Honorifics = new[]
    {
        "Haji", "Hajji", "Shaykh", "Sheikh", "Shaikh", "Mullah", "Mulla", "Maulavi", "Mawlawi", "Maulvi", "Qari", "Dr", "Doctor",
    }.Select(LooseKey.Of).ToHashSet(StringComparer.Ordinal);

    private readonly Dictionary<string, SortedSet<string>> _same = new(StringComparer.Ordinal);

    public EntityIdentity(IEnumerable<WatchlistEntity> entities)
    {
        var bySignature = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var signatures = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var entity in entities.Where(e => e.Kind == EntityKind.Person))
        {
            var own = entity.Aliases.Where(a => a.Quality == AliasQuality.Strong).Select(a => a.Name)
                .Prepend(entity.PrimaryName.Full)
                .Select(Signature)
                .OfType<string>()
                .Distinct(StringComparer.Ordinal)
                .ToList();
            signatures[entity.Id] = own;
            foreach (var signature in own)
            {
                (bySignature.TryGetValue(signature, out var ids) ? ids : bySignature[signature] = []).Add(entity.Id);
            }
        }

        foreach (var (id, own) in signatures)
        {
            _same[id] = new SortedSet<string>(own.SelectMany(s => bySignature[s]).Append(id), StringComparer.Ordinal);
        }
    }

    /// <summary>The entity itself and every entity that names the same person.</summary>
    public IReadOnlyList<string> Of(string entityId) => _same.TryGetValue(entityId, out var ids) ? [.. ids] : [entityId];

    private static string? Signature(string name)
    {
        var keys = NameText.Tokens(name.Replace('-', ' ')).Select(LooseKey.Of)
            .Where(k => k.Length > 0 && !Honorifics.Contains(k))
            .Order(StringComparer.Ordinal)
            .ToList();
        return keys.Count >= 2 ? string.Join(' ', keys) : null;
    }
}
