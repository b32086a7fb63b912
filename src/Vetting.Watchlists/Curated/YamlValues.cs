using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Vetting.Watchlists.Curated;

/// <summary>Reads single values and lists out of YAML nodes, reporting wrong shapes with their line.</summary>
internal static class YamlValues
{
    /// <summary>The trimmed text of a scalar; null for an empty or null scalar (<c>~</c>, <c>null</c>, nothing).</summary>
    public static string? Text(YamlNode node, string field, CuratedProblems problems)
    {
        if (node is not YamlScalarNode scalar)
        {
            problems.Add(node.Start.Line, $"'{field}' must be a single value, not a list or mapping");
            return null;
        }

        if (scalar.Style == ScalarStyle.Plain && scalar.Value is null or "~" or "null" or "Null" or "NULL")
        {
            return null;
        }

        var text = scalar.Value?.Trim();
        return string.IsNullOrEmpty(text) ? null : text;
    }

    /// <summary>The items of a list, each non-empty with its line; an empty or null value is an empty list.</summary>
    public static List<(long Line, string Text)> List(YamlNode node, string field, CuratedProblems problems)
    {
        var items = new List<(long, string)>();
        if (node is YamlScalarNode && Text(node, field, problems) is null)
        {
            return items;
        }

        if (node is not YamlSequenceNode sequence)
        {
            problems.Add(node.Start.Line, $"'{field}' must be a list (one '- item' per line)");
            return items;
        }

        foreach (var child in sequence.Children)
        {
            var text = Text(child, field, problems);
            if (text is null)
            {
                if (child is YamlScalarNode)
                {
                    problems.Add(child.Start.Line, $"empty item in '{field}'");
                }
            }
            else
            {
                items.Add((child.Start.Line, text));
            }
        }

        return items;
    }

    /// <summary>The name of a mapping key (keys must be plain text).</summary>
    public static string? Key(YamlNode key, CuratedProblems problems)
    {
        if (key is YamlScalarNode { Value: { Length: > 0 } name })
        {
            return name;
        }

        problems.Add(key.Start.Line, "a key must be a plain name");
        return null;
    }
}
