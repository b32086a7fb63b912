using Vetting.Core.Watchlists;
using Vetting.Watchlists.Importing;
using YamlDotNet.RepresentationModel;

namespace Vetting.Watchlists.Curated;

/// <summary>
/// Validates one entry of the <c>entries:</c> list: known fields only, the required ones present and non-empty,
/// and the rules that depend on the kind. Problems go to <see cref="CuratedProblems"/> with their line; an entry
/// with any problem yields no <see cref="CuratedEntry"/>.
/// </summary>
internal sealed class CuratedEntryParser(CuratedProblems problems)
{
    /// <summary>Fields of the current entry that an unknown field was probably meant to be (reported once, as the typo).</summary>
    private readonly HashSet<string> _misspelt = new(StringComparer.Ordinal);

    private static readonly string[] Required =
    [
        CuratedFields.Id, CuratedFields.Kind, CuratedFields.Sources, CuratedFields.AddedOn, CuratedFields.AddedBy, CuratedFields.Reason,
        CuratedFields.Confidence,
    ];

    /// <summary>The entry and the line of its id, or null when it has problems.</summary>
    public (CuratedEntry Entry, long IdLine)? Parse(YamlNode node)
    {
        if (node is not YamlMappingNode map)
        {
            problems.Add(node.Start.Line, "an entry must be a set of fields (id:, kind:, names:, sources: ...)");
            return null;
        }

        var before = problems.Count;
        _misspelt.Clear();
        var fields = Fields(map);
        var line = map.Start.Line;
        CheckRequired(fields, line);
        var id = Get(fields, CuratedFields.Id, CuratedFieldRules.Id);
        var kind = Get(fields, CuratedFields.Kind, CuratedFieldRules.Kind);
        var domainItems = Items(fields, CuratedFields.Domains);
        var sourceItems = Items(fields, CuratedFields.Sources);
        var entry = new CuratedEntry(id ?? "", kind ?? CuratedKind.Person)
        {
            Names = Get(fields, CuratedFields.Names, CuratedFieldRules.Names) ?? [],
            Aliases = Items(fields, CuratedFields.Aliases).Select(CheckName).OfType<string>().ToList(),
            Positions = Items(fields, CuratedFields.Positions).Select(p => p.Text).ToList(),
            Domains = CuratedFieldRules.Domains(domainItems, problems),
            Designations = Items(fields, CuratedFields.Designations).Select(d => d.Text).ToList(),
            Note = Text(fields, CuratedFields.Note),
            Sources = CuratedFieldRules.Urls(sourceItems, problems),
            AddedOn = Get(fields, CuratedFields.AddedOn, (n, p) => CuratedFieldRules.Date(n, CuratedFields.AddedOn, p)) ?? default,
            AddedBy = Text(fields, CuratedFields.AddedBy) ?? "",
            Reason = Text(fields, CuratedFields.Reason) ?? "",
            Confidence = Get(fields, CuratedFields.Confidence, CuratedFieldRules.Confidence) ?? Confidence.Low,
        };

        if (fields.TryGetValue(CuratedFields.Sources, out var sources) && sourceItems.Count == 0 && IsEmptyList(sources))
        {
            problems.Add(sources.Start.Line, $"entry {Label(fields)}: 'sources' needs at least one URL");
        }

        if (kind is { } k)
        {
            CheckKind(k, fields, line, entry.Names.Count, domainItems.Count);
        }

        return problems.Count == before ? (entry, fields[CuratedFields.Id].Start.Line) : null;
    }

    /// <summary>Every required field must be there, and the single-valued ones must not be empty.</summary>
    private void CheckRequired(Dictionary<string, YamlNode> fields, long line)
    {
        foreach (var name in Required)
        {
            if (!fields.TryGetValue(name, out var node))
            {
                if (!_misspelt.Contains(name))
                {
                    problems.Add(line, $"entry {Label(fields)}: missing '{name}'");
                }
            }
            else if (name != CuratedFields.Sources && node is YamlScalarNode && YamlValues.Text(node, name, problems) is null)
            {
                problems.Add(node.Start.Line, $"entry {Label(fields)}: '{name}' is empty");
            }
        }
    }

    private Dictionary<string, YamlNode> Fields(YamlMappingNode map)
    {
        var fields = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (key, value) in map.Children)
        {
            if (YamlValues.Key(key, problems) is not { } name)
            {
                continue;
            }

            if (Array.IndexOf(CuratedFields.Entry, name) < 0)
            {
                problems.Add(key.Start.Line, CuratedFields.Unknown(name, CuratedFields.Entry));
                if (CuratedFields.Closest(name, CuratedFields.Entry) is { } meant)
                {
                    _misspelt.Add(meant);
                }
            }
            else
            {
                fields[name] = value;
            }
        }

        return fields;
    }

    private void CheckKind(CuratedKind kind, Dictionary<string, YamlNode> fields, long line, int names, int domains)
    {
        if (kind != CuratedKind.Domain && names == 0)
        {
            var where = fields.TryGetValue(CuratedFields.Names, out var node) ? node.Start.Line : line;
            problems.Add(where, $"entry {Label(fields)}: a {Kind(kind)} needs at least one name under 'names'");
        }

        if (kind == CuratedKind.Domain && domains == 0)
        {
            var where = fields.TryGetValue(CuratedFields.Domains, out var node) ? node.Start.Line : line;
            problems.Add(where, $"entry {Label(fields)}: a domain entry needs at least one domain under 'domains'");
        }

        if (kind == CuratedKind.Person && fields.TryGetValue(CuratedFields.Domains, out var personDomains))
        {
            problems.Add(personDomains.Start.Line, "'domains' are for organisations and domain entries, not persons");
        }

        if (kind != CuratedKind.Person && fields.TryGetValue(CuratedFields.Positions, out var positions))
        {
            problems.Add(positions.Start.Line, "'positions' are for persons only");
        }
    }

    private T? Get<T>(Dictionary<string, YamlNode> fields, string name, Func<YamlNode, CuratedProblems, T?> rule) =>
        fields.TryGetValue(name, out var node) ? rule(node, problems) : default;

    private string? Text(Dictionary<string, YamlNode> fields, string name) =>
        Get(fields, name, (node, p) => YamlValues.Text(node, name, p));

    private List<(long Line, string Text)> Items(Dictionary<string, YamlNode> fields, string name) =>
        fields.TryGetValue(name, out var node) ? YamlValues.List(node, name, problems) : [];

    private string? CheckName((long Line, string Text) alias) =>
        alias.Text.Length <= ImportLimits.MaxNameChars
            ? alias.Text
            : Report(alias.Line, $"a name in 'aliases' is longer than {ImportLimits.MaxNameChars} characters");

    private string? Report(long line, string problem)
    {
        problems.Add(line, problem);
        return null;
    }

    /// <summary>An empty sequence or an empty value (a scalar or a mapping was already reported as the wrong shape).</summary>
    private bool IsEmptyList(YamlNode node) =>
        node is YamlSequenceNode || (node is YamlScalarNode && YamlValues.Text(node, CuratedFields.Sources, problems) is null);

    private static string Label(Dictionary<string, YamlNode> fields) =>
        fields.TryGetValue(CuratedFields.Id, out var id) && id is YamlScalarNode { Value: { Length: > 0 and <= 80 } text } ? $"'{text}'" : "(no id)";

    private static string Kind(CuratedKind kind) => kind switch
    {
        CuratedKind.FrontOrganisation => "front-organisation",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
