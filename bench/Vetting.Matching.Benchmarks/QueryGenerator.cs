using Bogus;
using Bogus.DataSets;

namespace Vetting.Matching.Benchmarks;

/// <summary>
/// Registrants for the screening benchmarks: a quarter are listed people written another way (other
/// transliteration, no patronymic, swapped fields, a typo), the rest are people from many locales who are not
/// listed, some with an organisation, job title and e-mail.
/// </summary>
internal static class QueryGenerator
{
    private static readonly string[] Locales = ["en", "en", "de", "fr", "uk", "ru", "pl", "it", "es", "tr", "ar", "nl"];

    public static RegistrantQuery[] Create(IReadOnlyList<ListedParty> listed, int count, int seed = ListGenerator.Seed + 7)
    {
        var random = new Randomizer(seed);
        var names = Locales.Distinct().ToDictionary(l => l, l => new Name(l) { Random = new Randomizer(seed + StableHash(l)) });
        var company = new Company("en") { Random = new Randomizer(seed + 3) };
        var queries = new RegistrantQuery[count];
        for (var i = 0; i < count; i++)
        {
            if (random.Int(0, 3) == 0)
            {
                queries[i] = FromListed(random, listed[random.Int(0, listed.Count - 1)]);
                continue;
            }

            var name = names[random.ArrayElement(Locales)];
            var first = name.FirstName();
            var last = name.LastName();
            var rich = random.Int(0, 3) == 0;
            queries[i] = new RegistrantQuery
            {
                FirstName = first,
                LastName = last,
                Email = $"{Ascii(first)}.{Ascii(last)}@{random.ArrayElement(["gmail.com", "osce.org", "un.org", "mfa.gov.ua", "example.org"])}",
                Organization = rich ? company.CompanyName() : null,
                JobTitle = rich ? random.ArrayElement(["Programme Officer", "Deputy Head of Mission", "Researcher", "Journalist"]) : null,
                Country = random.ArrayElement(["UA", "DE", "FR", "US", "TR"]),
            };
        }

        return queries;
    }

    private static RegistrantQuery FromListed(Randomizer random, ListedParty party)
    {
        var source = party.Names[random.Int(0, party.Names.Count - 1)].Text;
        var parts = source.Replace(",", string.Empty, StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var tokens = parts.Select(p => Transliterator.Convert(p, random.Int(0, 2))).ToList();
        if (tokens.Count > 2 && random.Bool())
        {
            tokens.RemoveAt(tokens.Count - 1);
        }

        if (random.Int(0, 4) == 0 && tokens[0].Length > 4)
        {
            var t = tokens[0];
            var at = random.Int(1, t.Length - 2);
            tokens[0] = t[..at] + t[(at + 1)..];
        }

        return random.Bool()
            ? new RegistrantQuery { FirstName = tokens[^1], LastName = string.Join(' ', tokens.Take(tokens.Count - 1)) }
            : new RegistrantQuery { FirstName = string.Join(' ', tokens) };
    }

    private static string Ascii(string text) => new(text.ToLowerInvariant().Where(char.IsAsciiLetterLower).DefaultIfEmpty('x').ToArray());

    /// <summary>A hash that is the same in every process (string.GetHashCode is randomised per process).</summary>
    private static int StableHash(string text) => text.Aggregate(17, (hash, c) => unchecked((hash * 31) + c));
}
