using System.Text.RegularExpressions;
using Bogus;
using Vetting.Core.Watchlists;
using Vetting.Matching.Evaluation.Tests.Lists;

namespace Vetting.Matching.Evaluation.Tests.Generation;

/// <summary>
/// Curated occupation bodies and front organisations named in the organisation field (every name, alias and
/// Cyrillic form, and a "so-called" form), and in the job title (a role at the body, or a listed person's position).
/// </summary>
internal static partial class CuratedBodySlices
{
    private static readonly string[] Roles =
    [
        "Deputy Head, {0}", "Adviser, {0}", "Press Secretary, {0}", "Head of Department, {0}", "Chief Specialist, {0}",
        "Senior Consultant, {0}", "Head of the Legal Department, {0}", "Staff member of the {0}",
    ];

    public static void Add(CorpusBuilder corpus, IReadOnlyList<WatchlistEntity> entities, EntityIdentity identity)
    {
        var curated = entities.Where(e => e.Source == WatchlistSources.Curated).ToList();
        var bodies = curated.Where(e => e.Kind == EntityKind.Organisation).ToList();
        var faker = new Faker("ru") { Random = new Randomizer(3801) };
        var random = new Random(3802);

        corpus.Add(
            new SliceDefinition("curated-body-organisation", "Curated body as organisation", IsPositive: true,
                "Each curated body or front organisation, by every name, alias and Cyrillic form, and as `so-called \"…\"`, "
                + "in the organisation field."),
            bodies.SelectMany(b => OrganisationNames(b).Select(name => GeneratedName.Case(faker) with
            {
                Organization = name,
                Expected = [b.Id],
                DerivedFrom = b.PrimaryName.Full,
            })));

        var roleCases = bodies.SelectMany(b => Roles.OrderBy(_ => random.Next()).Take(3).Select(role => GeneratedName.Case(faker) with
        {
            JobTitle = string.Format(System.Globalization.CultureInfo.InvariantCulture, role, Plain(b.PrimaryName.Full)),
            Expected = [b.Id],
            DerivedFrom = b.PrimaryName.Full,
        }));
        var positionCases = curated.Where(e => e.Kind == EntityKind.Person).SelectMany(p => p.Positions.Select(Title)
            .Where(t => t.Length > 10)
            .Select(title => GeneratedName.Case(faker) with
            {
                JobTitle = title,
                Expected = Right(identity.Of(p.Id), entities, bodies, title),
                DerivedFrom = p.PrimaryName.Full + ": " + title,
            }));
        corpus.Add(
            new SliceDefinition("curated-body-job-title", "Curated body or position as job title", IsPositive: true,
                "Three roles at each curated body (\"Press Secretary, Ministry of Finance of the Republic of Crimea\"), and each curated "
                + "person's position (first clause, without dates) under a generated name; right = the body, or the person, "
                + "another holder of the same position or a body named in it."),
            [.. roleCases, .. positionCases]);
    }

    /// <summary>The person, anyone (any list) who held the same position, and the curated bodies the title names.</summary>
    private static List<string> Right(
        IEnumerable<string> person, IReadOnlyList<WatchlistEntity> entities, List<WatchlistEntity> bodies, string title) =>
    [
        .. person.Concat(Holders(entities, title))
            .Concat(bodies.Where(b => Names(b).Any(n => title.Contains(n, StringComparison.OrdinalIgnoreCase))).Select(b => b.Id))
            .Distinct(StringComparer.Ordinal),
    ];

    /// <summary>Every listed person (any list) who held the same position: the title fits each of them.</summary>
    private static IEnumerable<string> Holders(IReadOnlyList<WatchlistEntity> entities, string title) =>
        entities.Where(e => e.Kind == EntityKind.Person && e.Positions.Any(p => string.Equals(Title(p), title, StringComparison.OrdinalIgnoreCase)))
            .Select(e => e.Id);

    private static IEnumerable<string> Names(WatchlistEntity body) =>
        new[] { Plain(body.PrimaryName.Full) }.Concat(body.Aliases.Select(a => a.Name)).Where(n => n.Length > 5);

    private static IEnumerable<string> OrganisationNames(WatchlistEntity body)
    {
        var plain = Plain(body.PrimaryName.Full);
        return new[] { plain }
            .Concat(body.Aliases.Select(a => a.Name))
            .Append($"so-called \"{plain}\"")
            .Distinct(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>"Head of the Republic of Crimea (office)" → "Head of the Republic of Crimea".</summary>
    private static string Plain(string name) => Parenthetical().Replace(name, "").Trim();

    /// <summary>First clause of a position, without bracketed notes, dates and "Former".</summary>
    private static string Title(string position)
    {
        var first = position.Split([';', ','])[0];
        var plain = Since().Replace(Parenthetical().Replace(first, ""), "");
        return Former().Replace(plain, "").Trim();
    }

    [GeneratedRegex(@"\s*\([^)]*\)")]
    private static partial Regex Parenthetical();

    [GeneratedRegex(@"\s+(since|until|from|in)\s+.*$", RegexOptions.IgnoreCase)]
    private static partial Regex Since();

    [GeneratedRegex(@"^\s*(former|self-styled)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex Former();
}
