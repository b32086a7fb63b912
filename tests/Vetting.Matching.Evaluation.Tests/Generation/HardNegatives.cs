using Vetting.Matching.Evaluation.Tests.Lists;
using Vetting.Matching.Evaluation.Tests.Support;

namespace Vetting.Matching.Evaluation.Tests.Generation;

/// <summary>
/// Negatives built from listed Russian/Ukrainian officials: their given name (and patronymic) with an unlisted real
/// surname, and their given name with a real surname that is near theirs but different (Pushkin is not Pushilin).
/// </summary>
internal static class HardNegatives
{
    private static readonly string[] FemaleEndings = ["ова", "ева", "ина"];

    public static void Add(CorpusBuilder corpus, IReadOnlyList<ListedPerson> persons, ListedNameKeys listed)
    {
        var pool = SurnamePool.Unlisted(listed);
        var random = new Random(4101);
        var slavic = persons.Where(p => p.IsSlavic && p.Cyrillic is not null).ToList();

        corpus.Add(
            new SliceDefinition("shared-first-name", "Shared first name with a listed official", IsPositive: false,
                "A listed Russian/Ukrainian person's given name (list spelling) with a common real surname that no listed person has."),
            Sampling.Take(slavic, CorpusBuilder.PerSlice, 4102).Select(p => Case(p, p.Given, Pick(pool, random, p.IsFemale))));

        var withPatronymic = slavic.Where(p => p.Patronymic is not null).ToList();
        corpus.Add(
            new SliceDefinition("shared-first-name-patronymic", "Shared first name + patronymic, other surname", IsPositive: false,
                "A listed person's given name and patronymic with another, unlisted surname (\"Sergey Valeryevich Ivanenko\" is not AKSYONOV)."),
            Sampling.Take(withPatronymic, CorpusBuilder.PerSlice, 4103)
                .Select(p => Case(p, NameText.Join(p.Given, p.Patronymic), Pick(pool, random, p.IsFemale))));

        var near = new List<CorpusCase>();
        foreach (var person in slavic)
        {
            var family = Fold(person.Cyrillic!.Family);
            var candidates = pool
                .Select(x => (x.Surname, x.Language, Form: person.IsFemale ? SurnamePool.Female(x.Surname) : x.Surname))
                .Select(x => (x.Surname, x.Language, x.Form, Distance: EditDistance.Of(Fold(x.Form), family)))
                .Where(x => family.Length >= 5 && x.Distance is 2 or 3 && x.Distance * 2 <= family.Length
                    && Fold(x.Form)[0] == family[0] && EditDistance.Of(Fold(x.Surname), Fold(Male(person.Cyrillic.Family))) >= 2)
                .OrderBy(x => x.Distance).ThenBy(x => x.Surname, StringComparer.Ordinal)
                .Take(2);
            near.AddRange(candidates.Select(x => Case(person, person.Given, SurnamePool.Latin(x.Form, x.Language))));
        }

        corpus.Add(
            new SliceDefinition("near-surname", "Near surname (Pushkin vs Pushilin)", IsPositive: false,
                "A listed person's given name with a real, unlisted surname 2–3 Cyrillic edits from theirs, same first letter, not a gender form."),
            Sampling.Take(near, CorpusBuilder.PerSlice, 4104));
    }

    private static string Pick(List<(string Surname, Transliteration.CyrillicLanguage Language)> pool, Random random, bool female)
    {
        var (surname, language) = pool[random.Next(pool.Count)];
        return SurnamePool.Latin(female ? SurnamePool.Female(surname) : surname, language);
    }

    private static CorpusCase Case(ListedPerson person, string firstName, string lastName) => new()
    {
        FirstName = firstName,
        LastName = lastName,
        DerivedFrom = "not " + person.ListName,
    };

    private static string Fold(string cyrillic) => cyrillic.ToLowerInvariant().Replace('ё', 'е');

    private static string Male(string cyrillic)
    {
        var folded = Fold(cyrillic);
        if (folded.EndsWith("ая", StringComparison.Ordinal))
        {
            return folded[..^2] + "ий";
        }

        return FemaleEndings.Any(e => folded.EndsWith(e, StringComparison.Ordinal)) ? folded[..^1] : folded;
    }
}
