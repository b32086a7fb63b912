using System.Text.RegularExpressions;
using Vetting.Testing;

namespace Vetting.Matching.Tests.Support;

/// <summary>Maps the real list excerpts (OFAC SDN CSV + aliases, the curated occupation-authorities list) onto <see cref="ListedParty"/>.</summary>
internal static partial class FixtureLists
{
    private static readonly Lazy<IReadOnlyList<ListedParty>> Cached = new(() => [.. Ofac(TestPaths.ListFixture("ofac-sdn.csv"), TestPaths.ListFixture("ofac-alt.csv")), .. Curated()]);
    private static readonly Lazy<MatchIndex> CachedIndex = new(() => MatchIndex.Build(Cached.Value));

    /// <summary>OFAC excerpt plus curated list.</summary>
    public static IReadOnlyList<ListedParty> All => Cached.Value;

    /// <summary>An index over <see cref="All"/>, built once per test run.</summary>
    public static MatchIndex Index => CachedIndex.Value;

    public static IEnumerable<ListedParty> Ofac(string sdnPath, string altPath)
    {
        var aliases = Csv.Read(altPath)
            .Where(r => r.Length >= 4)
            .GroupBy(r => r[0])
            .ToDictionary(g => g.Key, g => g.Select(r => r[3]).ToList());
        foreach (var row in Csv.Read(sdnPath).Where(r => r.Length >= 12))
        {
            var id = row[0].Trim();
            var kind = Value(row[2]) switch
            {
                "individual" => PartyKind.Person,
                "vessel" => PartyKind.Vessel,
                "aircraft" => PartyKind.Aircraft,
                _ => PartyKind.Organisation,
            };
            var remarks = Value(row[11]) ?? string.Empty;
            var names = new List<ListedName> { new(row[1]) { IsPrimary = true } };
            names.AddRange(aliases.GetValueOrDefault(id, []).Select(a => new ListedName(a)));
            yield return new ListedParty
            {
                EntityId = "ofac-sdn:" + id,
                Source = "ofac-sdn",
                Kind = kind,
                Names = names,
                Positions = Value(row[4]) is { } title ? [title] : [],
                Domains = [.. EmailOrWebsite().Matches(remarks).Select(m => m.Groups["value"].Value.TrimEnd('.'))],
                BirthYears = [.. BirthYear().Matches(remarks).Select(m => int.Parse(m.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture))],
            };
        }
    }

    public static IEnumerable<ListedParty> Curated()
    {
        var rows = Csv.Read(TestPaths.Fixture("curated/occupation-authorities.csv"));
        var header = rows[0];
        int Col(string name) => Array.IndexOf(header, name);
        var line = 1;
        foreach (var row in rows.Skip(1).Where(r => r.Length == header.Length))
        {
            line++;
            var names = new List<ListedName> { new(row[Col("name_en")]) { IsPrimary = true } };
            foreach (var extra in new[] { row[Col("name_ru")], row[Col("name_uk")] }.Concat(row[Col("aliases")].Split(';')))
            {
                if (!string.IsNullOrWhiteSpace(extra))
                {
                    names.Add(new ListedName(extra.Trim()));
                }
            }

            yield return new ListedParty
            {
                EntityId = "vetting-curated:" + line,
                Source = "vetting-curated",
                Kind = row[Col("kind")] switch
                {
                    "person" => PartyKind.Person,
                    "domain" => PartyKind.Domain,
                    _ => PartyKind.Organisation,
                },
                Names = names,
                Domains = row[Col("domains")].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                Positions = row[Col("position")].Length > 0 ? [row[Col("position")]] : [],
                ReviewOnly = true,
            };
        }
    }

    private static string? Value(string field) => field.Trim() is "-0-" or "" ? null : field.Trim();

    [GeneratedRegex(@"(?:Email Address|Website) (?<value>[^\s;]+)")]
    private static partial Regex EmailOrWebsite();

    [GeneratedRegex(@"DOB (?:\d{1,2} )?(?:[A-Z][a-z]{2} )?(?<year>\d{4})")]
    private static partial Regex BirthYear();
}
