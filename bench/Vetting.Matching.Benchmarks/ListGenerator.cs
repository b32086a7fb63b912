using Bogus;
using Bogus.DataSets;

namespace Vetting.Matching.Benchmarks;

/// <summary>
/// Deterministic synthetic watch lists: person names from Bogus locales (ru, uk, ar, de, fr, tr, en, es, pl), six in
/// ten family names synthesised from syllables (Bogus alone has too few), Russian and Ukrainian names in Cyrillic
/// with Latin aliases in BGN, ICAO or German transliteration and a patronymic, organisations with legal forms,
/// some positions and domains. The same seed always gives the same list.
/// </summary>
internal static class ListGenerator
{
    public const int Seed = 20_261_128;

    private static readonly string[] Locales = ["ru", "uk", "ru", "uk", "ar", "de", "fr", "tr", "en", "es", "pl"];
    private static readonly string[] LegalForms = ["LLC", "OOO", "JSC", "AO", "Ltd", "GmbH", "SA", "PJSC", "GUP", "FGBU"];

    /// <summary>Parties whose names and aliases add up to <paramref name="nameCount"/>.</summary>
    public static List<ListedParty> Create(int nameCount, int seed = Seed)
    {
        var random = new Randomizer(seed);
        var names = Locales.Distinct().ToDictionary(l => l, l => new Name(l) { Random = new Randomizer(seed + StableHash(l)) });
        var company = new Company("en") { Random = new Randomizer(seed + 1) };
        var parties = new List<ListedParty>(nameCount * 2 / 3);
        var total = 0;
        while (total < nameCount)
        {
            var id = parties.Count;
            var party = random.Int(0, 99) < 88
                ? Person(id, random, names[random.ArrayElement(Locales)])
                : Organisation(id, random, company);
            if (total + party.Names.Count > nameCount)
            {
                party = party with { Names = [.. party.Names.Take(nameCount - total)] };
            }

            total += party.Names.Count;
            parties.Add(party);
        }

        return parties;
    }

    private static ListedParty Person(int id, Randomizer random, Name name)
    {
        var gender = random.Bool() ? Name.Gender.Male : Name.Gender.Female;
        var given = name.FirstName(gender);
        var slavic = name.Locale is "ru" or "uk";
        var family = random.Int(0, 9) < 4
            ? name.LastName(gender)
            : slavic
                ? SurnameSynthesizer.Cyrillic(random, gender == Name.Gender.Female)
                : SurnameSynthesizer.Latin(random, name.Locale) ?? name.LastName(gender) + " " + name.LastName();
        var names = new List<ListedName>();
        if (slavic)
        {
            var father = name.FirstName(Name.Gender.Male);
            var patronymic = Patronymic(father, gender == Name.Gender.Female);
            var system = random.Int(0, 2);
            names.Add(new ListedName($"{Transliterator.Convert(family, system).ToUpperInvariant()}, {Transliterator.Convert(given, system)} {Transliterator.Convert(patronymic, system)}") { IsPrimary = true });
            if (random.Int(0, 9) < 6)
            {
                names.Add(new ListedName($"{given} {patronymic} {family}"));
            }
            else
            {
                var other = (system + 1 + random.Int(0, 1)) % 3;
                names.Add(new ListedName($"{Transliterator.Convert(family, other).ToUpperInvariant()}, {Transliterator.Convert(given, other)}"));
            }
        }
        else
        {
            names.Add(new ListedName($"{family.ToUpperInvariant()}, {given}") { IsPrimary = true });
            if (random.Int(0, 9) < 3)
            {
                names.Add(new ListedName($"{name.FirstName(gender)} {family}") { Strength = NameStrength.Weak });
            }
        }

        return new ListedParty
        {
            EntityId = "bench:" + id,
            Source = random.ArrayElement(["bench-sdn", "bench-un", "bench-curated"]),
            Kind = PartyKind.Person,
            Names = names,
            Positions = random.Int(0, 99) < 3 ? [$"Deputy Minister of {name.LastName()} Affairs of the Region {id % 97}"] : [],
            Domains = random.Int(0, 999) < 5 ? [$"*.party{id}.example", $"office@party{id}.example"] : [],
            BirthYears = [random.Int(1940, 2000)],
            ReviewOnly = random.Int(0, 9) == 0,
        };
    }

    private static ListedParty Organisation(int id, Randomizer random, Company company)
    {
        var title = company.CompanyName();
        var form = random.ArrayElement(LegalForms);
        var names = new List<ListedName> { new($"{form} \"{title}\"") { IsPrimary = true } };
        if (random.Bool())
        {
            names.Add(new ListedName($"{title.ToUpperInvariant()}, {form}"));
        }

        return new ListedParty
        {
            EntityId = "bench:" + id,
            Source = "bench-sdn",
            Kind = PartyKind.Organisation,
            Names = names,
            Domains = random.Int(0, 99) < 10 ? [$"org{id}.example"] : [],
        };
    }

    private static string Patronymic(string father, bool female)
    {
        var stem = father.TrimEnd('й', 'ь', 'а', 'я');
        var soft = father.EndsWith('й') || father.EndsWith('ь');
        return stem + (soft ? (female ? "евна" : "евич") : (female ? "овна" : "ович"));
    }

    /// <summary>A hash that is the same in every process (string.GetHashCode is randomised per process).</summary>
    private static int StableHash(string text) => text.Aggregate(17, (hash, c) => unchecked((hash * 31) + c));
}
