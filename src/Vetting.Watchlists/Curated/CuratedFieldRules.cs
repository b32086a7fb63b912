using System.Globalization;
using System.Text.RegularExpressions;
using Vetting.Core.Watchlists;
using Vetting.Watchlists.Importing;
using YamlDotNet.RepresentationModel;

namespace Vetting.Watchlists.Curated;

/// <summary>The rule for each field's value; each failure is reported at the line of the offending value.</summary>
internal static partial class CuratedFieldRules
{
    public static string? Id(YamlNode node, CuratedProblems problems)
    {
        var id = YamlValues.Text(node, CuratedFields.Id, problems);
        if (id is not null && (id.Length > 80 || !Slug().IsMatch(id)))
        {
            problems.Add(node.Start.Line, "'id' must be a slug: lower-case letters and digits in words joined by '-', at most 80 characters");
            return null;
        }

        return id;
    }

    public static CuratedKind? Kind(YamlNode node, CuratedProblems problems) =>
        YamlValues.Text(node, CuratedFields.Kind, problems) switch
        {
            null => null,
            "person" => CuratedKind.Person,
            "organisation" => CuratedKind.Organisation,
            "front-organisation" => CuratedKind.FrontOrganisation,
            "domain" => CuratedKind.Domain,
            _ => Fail<CuratedKind>(problems, node, "unknown kind: use person, organisation, front-organisation or domain"),
        };

    public static Confidence? Confidence(YamlNode node, CuratedProblems problems) =>
        YamlValues.Text(node, CuratedFields.Confidence, problems) switch
        {
            null => null,
            "high" => Core.Watchlists.Confidence.High,
            "medium" => Core.Watchlists.Confidence.Medium,
            "low" => Core.Watchlists.Confidence.Low,
            _ => Fail<Confidence>(problems, node, "unknown confidence: use high, medium or low"),
        };

    public static DateOnly? Date(YamlNode node, string field, CuratedProblems problems)
    {
        var text = YamlValues.Text(node, field, problems);
        if (text is null)
        {
            return null;
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : Fail<DateOnly>(problems, node, $"'{field}' must be a date written YYYY-MM-DD");
    }

    public static List<(string Lang, string Name)> Names(YamlNode node, CuratedProblems problems)
    {
        var names = new List<(string, string)>();
        if (node is not YamlMappingNode map)
        {
            if (YamlValues.Text(node, CuratedFields.Names, problems) is not null)
            {
                problems.Add(node.Start.Line, "'names' must map language codes to names, e.g. 'en: State Council of Crimea'");
            }

            return names;
        }

        foreach (var (key, value) in map.Children)
        {
            var lang = YamlValues.Key(key, problems);
            if (lang is null)
            {
                continue;
            }

            if (!Language().IsMatch(lang))
            {
                problems.Add(key.Start.Line, "a key of 'names' must be a two- or three-letter language code (en, ru, uk...)");
            }
            else if (Name(value, "names", problems) is { } name)
            {
                names.Add((lang, name));
            }
        }

        return names;
    }

    public static string? Name(YamlNode node, string field, CuratedProblems problems)
    {
        var name = YamlValues.Text(node, field, problems);
        if (name is null)
        {
            if (node is YamlScalarNode)
            {
                problems.Add(node.Start.Line, $"empty name in '{field}'");
            }

            return null;
        }

        return name.Length <= ImportLimits.MaxNameChars
            ? name
            : FailText(problems, node, $"a name in '{field}' is longer than {ImportLimits.MaxNameChars} characters");
    }

    public static List<string> Urls(List<(long Line, string Text)> items, CuratedProblems problems)
    {
        var urls = new List<string>();
        foreach (var (line, text) in items)
        {
            if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.Host.Length > 0
                && !text.Any(char.IsWhiteSpace))
            {
                urls.Add(text);
            }
            else
            {
                problems.Add(line, "'sources' item is not an http(s) URL");
            }
        }

        return urls;
    }

    public static List<string> Domains(List<(long Line, string Text)> items, CuratedProblems problems)
    {
        var domains = new List<string>();
        foreach (var (line, text) in items)
        {
            if (DomainNames.Normalise(text, out var reason) is { } domain)
            {
                domains.Add(domain);
            }
            else
            {
                problems.Add(line, "invalid domain in 'domains': " + reason);
            }
        }

        return domains;
    }

    private static T? Fail<T>(CuratedProblems problems, YamlNode node, string problem)
        where T : struct
    {
        problems.Add(node.Start.Line, problem);
        return null;
    }

    private static string? FailText(CuratedProblems problems, YamlNode node, string problem)
    {
        problems.Add(node.Start.Line, problem);
        return null;
    }

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex Slug();

    [GeneratedRegex("^[a-z]{2,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex Language();
}
