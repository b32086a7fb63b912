using Vetting.Core.Watchlists;
using Vetting.Watchlists.Common;
using Vetting.Watchlists.Importing;

namespace Vetting.Watchlists.OpenSanctions;

/// <summary>
/// Names of an FtM entity. Primary: the <c>caption</c> (OpenSanctions' chosen display name), else the first
/// <c>name</c>. Other <c>name</c> values are strong variations, <c>alias</c> strong a.k.a., <c>previousName</c>
/// f.k.a., <c>weakAlias</c> and <c>abbreviation</c> weak. Name parts are multi-valued in FtM: a part is set only
/// from a value that appears as whole words in the primary name (the first such value), so parts always agree
/// with the display name.
/// </summary>
internal static class FtmNames
{
    private static readonly (string Property, AliasType Type, AliasQuality Quality)[] AliasProperties =
    [
        ("name", AliasType.Variation, AliasQuality.Strong),
        ("alias", AliasType.Aka, AliasQuality.Strong),
        ("previousName", AliasType.Fka, AliasQuality.Strong),
        ("weakAlias", AliasType.Aka, AliasQuality.Weak),
        ("abbreviation", AliasType.Aka, AliasQuality.Weak),
    ];

    /// <summary>The primary name and aliases, or null when the record has no usable name.</summary>
    public static (EntityName Primary, IReadOnlyList<EntityAlias> Aliases)? Build(in FtmRecord record, bool person, Action<string> warn)
    {
        var caption = record.TopLevelString("caption")?.Trim();
        var primaryText = Usable(caption, warn) ? caption : record.Values("name").FirstOrDefault(n => Usable(n, warn));
        if (primaryText is null)
        {
            return null;
        }

        var primary = new EntityName(primaryText) { Script = ScriptDetector.Detect(primaryText) };
        if (person)
        {
            primary = primary with
            {
                Given = Part(record, "firstName", primaryText),
                Middle = Part(record, "middleName", primaryText),
                Patronymic = Part(record, "fatherName", primaryText),
                Family = Part(record, "lastName", primaryText),
            };
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { primaryText };
        var aliases = new List<EntityAlias>();
        foreach (var (property, type, quality) in AliasProperties)
        {
            foreach (var name in record.Values(property))
            {
                if (Usable(name, warn) && seen.Add(name))
                {
                    aliases.Add(new EntityAlias(name) { Type = type, Quality = quality, Script = ScriptDetector.Detect(name) });
                }
            }
        }

        return (primary, aliases);
    }

    private static bool Usable(string? name, Action<string> warn)
    {
        if (string.IsNullOrEmpty(name))
        {
            return false;
        }

        if (name.Length > ImportLimits.MaxNameChars)
        {
            warn($"a name of {name.Length} characters was skipped");
            return false;
        }

        return true;
    }

    private static string? Part(in FtmRecord record, string property, string primary)
    {
        foreach (var value in record.Values(property))
        {
            var at = IndexOfWords(primary, value);
            if (at >= 0)
            {
                return primary.Substring(at, value.Length);
            }
        }

        return null;
    }

    private static int IndexOfWords(string text, string words)
    {
        for (var at = text.IndexOf(words, StringComparison.OrdinalIgnoreCase); at >= 0;
             at = text.IndexOf(words, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = at + words.Length;
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
            {
                return at;
            }
        }

        return -1;
    }
}
