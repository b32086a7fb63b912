using YamlDotNet.RepresentationModel;

namespace Vetting.Watchlists.Curated;

/// <summary>
/// Validates the top of a curated file: a mapping with an optional <c>list:</c> (title, description, updated_on)
/// and a non-empty <c>entries:</c> list whose ids are unique. Every problem is collected with its line.
/// </summary>
internal static class CuratedDocumentParser
{
    public static (IReadOnlyList<CuratedEntry> Entries, DateOnly? UpdatedOn) Parse(YamlNode root, CuratedProblems problems)
    {
        if (root is not YamlMappingNode top)
        {
            problems.Add(root.Start.Line, "a curated list starts with 'list:' and 'entries:' (see watchlists/README.md)");
            return ([], null);
        }

        YamlNode? entries = null;
        DateOnly? updatedOn = null;
        foreach (var (key, value) in top.Children)
        {
            switch (YamlValues.Key(key, problems))
            {
                case null:
                    break;
                case "list":
                    updatedOn = ListInfo(value, problems);
                    break;
                case "entries":
                    entries = value;
                    break;
                case var other:
                    problems.Add(key.Start.Line, CuratedFields.Unknown(other, CuratedFields.TopLevel));
                    break;
            }
        }

        return (Entries(entries, top, problems), updatedOn);
    }

    private static List<CuratedEntry> Entries(YamlNode? node, YamlMappingNode top, CuratedProblems problems)
    {
        var result = new List<CuratedEntry>();
        if (node is not YamlSequenceNode { Children.Count: > 0 } sequence)
        {
            problems.Add(node?.Start.Line ?? top.Start.Line, "'entries' must be a list with at least one entry");
            return result;
        }

        var parser = new CuratedEntryParser(problems);
        var firstLine = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var item in sequence.Children)
        {
            if (parser.Parse(item) is not var (entry, idLine))
            {
                continue;
            }

            if (!firstLine.TryAdd(entry.Id, idLine))
            {
                problems.Add(idLine, $"duplicate id '{entry.Id}' (first on line {firstLine[entry.Id]})");
                continue;
            }

            result.Add(entry);
        }

        return result;
    }

    private static DateOnly? ListInfo(YamlNode node, CuratedProblems problems)
    {
        if (node is not YamlMappingNode map)
        {
            problems.Add(node.Start.Line, "'list' must hold title:, description: and updated_on:");
            return null;
        }

        DateOnly? updatedOn = null;
        foreach (var (key, value) in map.Children)
        {
            switch (YamlValues.Key(key, problems))
            {
                case null:
                    break;
                case "title" or "description":
                    _ = YamlValues.Text(value, "list", problems);
                    break;
                case "updated_on":
                    updatedOn = CuratedFieldRules.Date(value, "updated_on", problems);
                    break;
                case var other:
                    problems.Add(key.Start.Line, CuratedFields.Unknown(other, CuratedFields.ListInfo));
                    break;
            }
        }

        return updatedOn;
    }
}
