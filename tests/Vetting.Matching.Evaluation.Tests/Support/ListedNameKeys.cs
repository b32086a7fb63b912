using Vetting.Core.Watchlists;

namespace Vetting.Matching.Evaluation.Tests.Support;

/// <summary>
/// The <see cref="LooseKey"/>s of every token of every listed person name and alias, to keep true namesakes of
/// listed people (same given and family name) and listed surnames out of the negatives.
/// </summary>
internal sealed class ListedNameKeys
{
    private readonly Dictionary<string, HashSet<int>> _namesByToken = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<int>> _namesBySkeleton = new(StringComparer.Ordinal);

    public ListedNameKeys(IEnumerable<WatchlistEntity> entities)
    {
        var nameId = 0;
        foreach (var entity in entities.Where(e => e.Kind == EntityKind.Person))
        {
            foreach (var name in entity.Aliases.Select(a => a.Name).Prepend(entity.PrimaryName.Full))
            {
                nameId++;
                foreach (var token in NameText.Tokens(name.Replace('-', ' ')))
                {
                    Add(_namesByToken, LooseKey.Of(token), nameId);
                    Add(_namesBySkeleton, ConsonantSkeleton.Of(token), nameId);
                }
            }
        }
    }

    /// <summary>
    /// True when some listed person name contains tokens spelling both names (in either order); for Arabic-script input,
    /// tokens with the same consonants.
    /// </summary>
    public bool IsNamesake(string given, string family)
    {
        var index = ConsonantSkeleton.IsArabicScript(given + family) ? _namesBySkeleton : _namesByToken;
        Func<string, string> key = index == _namesBySkeleton ? ConsonantSkeleton.Of : LooseKey.Of;
        var givenNames = Names(given, index, key);
        return givenNames.Count > 0 && Names(family, index, key).Overlaps(givenNames);
    }

    /// <summary>True when any token of the surname is a token of some listed person name.</summary>
    public bool IsListedToken(string surname) => Names(surname, _namesByToken, LooseKey.Of).Count > 0;

    private static void Add(Dictionary<string, HashSet<int>> index, string key, int nameId)
    {
        if (key.Length > 0)
        {
            (index.TryGetValue(key, out var ids) ? ids : index[key] = []).Add(nameId);
        }
    }

    private static HashSet<int> Names(string text, Dictionary<string, HashSet<int>> index, Func<string, string> key)
    {
        var result = new HashSet<int>();
        foreach (var token in NameText.Tokens(text.Replace('-', ' ')))
        {
            if (index.TryGetValue(key(token), out var ids))
            {
                result.UnionWith(ids);
            }
        }

        return result;
    }
}
