using System.Globalization;
using System.Text;
using Bogus;
using Bogus.DataSets;
using Vetting.Matching.Evaluation.Tests.Support;
using Vetting.Matching.Evaluation.Tests.Transliteration;

namespace Vetting.Matching.Evaluation.Tests.Generation;

/// <summary>
/// Thousands of generated, non-listed registrants (Bogus, one seed per locale): name, e-mail, company, job title and
/// country. Russian and Ukrainian names are typed in Cyrillic or, every other time, in ICAO / KMU 55 Latin. People
/// whose given and family name both spell a listed person's name (by loose key; by consonants for Arabic script) are
/// true namesakes, not false alerts: they are skipped (and counted in the notes).
/// </summary>
internal static class GeneratedPeople
{
    public const int PerLocale = 375;

    private static readonly string[] Locales = ["en", "de", "fr", "pl", "ru", "uk", "tr", "ar", "es", "it", "pt_BR", "fa", "az", "ge", "cz", "zh_CN"];

    private static readonly Dictionary<string, string[]> MailHosts = new(StringComparer.Ordinal)
    {
        ["ru"] = ["mail.ru", "yandex.ru", "gmail.com", "rambler.ru"],
        ["uk"] = ["ukr.net", "gmail.com", "i.ua", "meta.ua"],
        ["de"] = ["gmx.de", "web.de", "gmail.com", "t-online.de"],
        ["fr"] = ["orange.fr", "gmail.com", "free.fr", "laposte.net"],
        ["pl"] = ["wp.pl", "onet.pl", "gmail.com", "o2.pl"],
        ["tr"] = ["gmail.com", "hotmail.com", "yandex.com.tr"],
    };

    public static void Add(CorpusBuilder corpus, ListedNameKeys listed)
    {
        var seed = 4000;
        foreach (var locale in Locales)
        {
            var faker = new Faker(locale) { Random = new Randomizer(seed++) };
            var cases = new List<CorpusCase>(PerLocale);
            var skipped = 0;
            while (cases.Count < PerLocale)
            {
                var person = Person(faker, locale, cases.Count);
                if (listed.IsNamesake(person.FirstName, person.LastName))
                {
                    skipped++;
                    continue;
                }

                cases.Add(person);
            }

            corpus.Add(
                new SliceDefinition("generated-" + locale.Replace('_', '-').ToLowerInvariant(), $"Generated people ({locale})", IsPositive: false,
                    $"{PerLocale} Bogus people, locale {locale}, seed {seed - 1}: name, e-mail, company, job title, country."),
                cases);
            if (skipped > 0)
            {
                corpus.Note($"generated-{locale}: {skipped} generated {(skipped == 1 ? "person" : "people")} skipped as true namesakes "
                    + "of a listed person (same given and family name; for Arabic script, the same consonants).");
            }
        }
    }

    private static CorpusCase Person(Faker faker, string locale, int number)
    {
        var gender = faker.Random.Bool() ? Name.Gender.Male : Name.Gender.Female;
        var first = faker.Name.FirstName(gender);
        var last = faker.Name.LastName(gender);
        var latin = locale switch
        {
            "ru" => CyrillicSystem.Icao9303,
            "uk" => CyrillicSystem.Ukraine2010,
            _ => (CyrillicSystem?)null,
        };
        if (latin is { } system && number % 2 == 1)
        {
            first = CyrillicTransliterator.Transliterate(first, system);
            last = CyrillicTransliterator.Transliterate(last, system);
        }

        var (asciiFirst, asciiLast) = (Ascii(first), Ascii(last));
        var local = asciiFirst.Length > 0 && asciiLast.Length > 0
            ? asciiFirst + "." + asciiLast
            : faker.Random.String2(8, "abcdefghijklmnopqrstuvwxyz0123456789");
        var host = faker.Random.Bool()
            ? faker.PickRandom(MailHosts.GetValueOrDefault(locale, ["gmail.com", "outlook.com", "yahoo.com"]))
            : faker.Internet.DomainName();
        return new CorpusCase
        {
            FirstName = first,
            LastName = last,
            Email = local + "@" + host,
            Organization = faker.Company.CompanyName(),
            JobTitle = faker.Name.JobTitle(),
            Country = faker.Address.Country(),
            DerivedFrom = "Bogus " + locale,
        };
    }

    /// <summary>Lower-case ASCII letters of a name (Cyrillic through ICAO); empty for other scripts.</summary>
    private static string Ascii(string name)
    {
        var text = name.Any(CyrillicTransliterator.IsCyrillic) ? CyrillicTransliterator.Transliterate(name, CyrillicSystem.Icao9303) : name;
        var output = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant().Normalize(NormalizationForm.FormD))
        {
            if (c is >= 'a' and <= 'z')
            {
                output.Append(c);
            }
            else if (char.IsLetter(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                return "";
            }
        }

        return output.ToString();
    }
}
