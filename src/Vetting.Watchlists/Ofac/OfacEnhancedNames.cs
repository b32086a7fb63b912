using System.Xml.Linq;
using Vetting.Core.Watchlists;
using Vetting.Watchlists.Common;

namespace Vetting.Watchlists.Ofac;

/// <summary>
/// Names of an Enhanced XML entity (formats doc §2.3): the primary name is the <c>isPrimary</c> name's primary
/// translation; every other translation of every name becomes an alias with its script. This is the only OFAC
/// format that carries names in their original scripts (Cyrillic, Chinese ...).
/// </summary>
internal static class OfacEnhancedNames
{
    /// <summary>The primary name element and its primary translation (the first of each when none is marked).</summary>
    public static (XElement? Name, XElement? Translation) SelectPrimary(XElement entity)
    {
        var names = entity.Items("names", "name").ToList();
        var name = names.FirstOrDefault(n => n.Flag("isPrimary")) ?? names.FirstOrDefault();
        return (name, name is null ? null : PrimaryTranslation(name));
    }

    /// <summary>The primary name (null, with a warning from the draft, when it is blank or too long), with parts for people.</summary>
    public static EntityName? PrimaryName(XElement? translation, EntityKind kind, EntityDraft draft)
    {
        var full = translation is null ? null : FullName(translation);
        if (draft.PrimaryName(full) is not { } name || translation is null)
        {
            return null;
        }

        var last = translation.Text("formattedLastName") ?? Part(translation, "Last Name");
        if (kind != EntityKind.Person || last is null)
        {
            return name;
        }

        var first = translation.Text("formattedFirstName") ?? Part(translation, "First Name");
        var withParts = OfacNames.WithParts(name, last, first);
        return Part(translation, "Middle Name") is { } middle
            ? withParts with { Given = Part(translation, "First Name") ?? first, Middle = middle }
            : withParts;
    }

    /// <summary>Adds every translation of every name except the primary one as an alias.</summary>
    public static void AddAliases(XElement entity, XElement? primaryName, XElement? primaryTranslation, EntityDraft draft)
    {
        foreach (var name in entity.Items("names", "name"))
        {
            var isPrimaryName = ReferenceEquals(name, primaryName);
            var quality = name.Flag("isLowQuality") ? AliasQuality.Weak : AliasQuality.Strong;
            foreach (var translation in name.Items("translations", "translation"))
            {
                if (ReferenceEquals(translation, primaryTranslation) || FullName(translation) is not { } full)
                {
                    continue;
                }

                var script = ScriptOf(translation.Text("script"));
                var type = isPrimaryName
                    ? (script == NameScript.Latin ? AliasType.Variation : AliasType.OriginalScript)
                    : OfacNames.AliasTypeOf(name.Text("aliasType"));
                draft.AddAlias(full, quality, type, stated: script);
            }
        }
    }

    /// <summary>
    /// OFAC's script names. The draft detects the script from the letters and uses this one only when no letter tells.
    /// </summary>
    public static NameScript ScriptOf(string? script) => script?.Trim().ToUpperInvariant() switch
    {
        "LATIN" => NameScript.Latin,
        "CYRILLIC" => NameScript.Cyrillic,
        "CHINESE SIMPLIFIED" or "CHINESE TRADITIONAL" or "CHINESE" or "HAN" => NameScript.Han,
        "ARABIC" => NameScript.Arabic,
        "KOREAN" or "HANGUL" => NameScript.Hangul,
        "GREEK" => NameScript.Greek,
        "GEORGIAN" => NameScript.Georgian,
        "ARMENIAN" => NameScript.Armenian,
        "HEBREW" => NameScript.Hebrew,
        _ => NameScript.Unknown,
    };

    private static XElement? PrimaryTranslation(XElement name)
    {
        var translations = name.Items("translations", "translation").ToList();
        return translations.FirstOrDefault(t => t.Flag("isPrimary")) ?? translations.FirstOrDefault();
    }

    private static string? FullName(XElement translation)
    {
        if (translation.Text("formattedFullName") is { } full)
        {
            return full;
        }

        var parts = translation.Items("nameParts", "namePart").Select(p => p.Text("value")).OfType<string>().ToArray();
        return parts.Length == 0 ? null : string.Join(' ', parts);
    }

    private static string? Part(XElement translation, string type) =>
        translation.Items("nameParts", "namePart")
            .FirstOrDefault(p => string.Equals(p.Text("type"), type, StringComparison.OrdinalIgnoreCase))?.Text("value");
}
