using Vetting.Matching.Evaluation.Tests.Lists;
using Vetting.Matching.Evaluation.Tests.Support;

namespace Vetting.Matching.Evaluation.Tests.Generation;

/// <summary>
/// Arabic-name conventions for SDGT (OFAC) and Al-Qaida (UN) listed persons, and names typed in Arabic script from the
/// UN's original-script field.
/// </summary>
internal static class ArabicSlices
{
    public static void Add(CorpusBuilder corpus, IReadOnlyList<ListedPerson> persons)
    {
        var random = new Random(3601);
        var population = persons
            .Where(p => p.Programmes.Any(g => g == "SDGT" || g.Contains("Qaida", StringComparison.OrdinalIgnoreCase)))
            .Where(p => p.ArabicScript is not null || ArabicVariants.LooksArabic(p.ListName))
            .ToList();
        var cases = new List<CorpusCase>();
        foreach (var person in Sampling.Take(population, CorpusBuilder.PerSlice, 3602))
        {
            var variants = ArabicVariants.For(person.GivenPart, person.Family, random);
            if (variants.Count == 0)
            {
                continue;
            }

            var (first, last, treatment) = variants[random.Next(variants.Count)];
            cases.Add(new CorpusCase
            {
                FirstName = first,
                LastName = last,
                Expected = person.EntityIds,
                DerivedFrom = $"{person.ListName} [{treatment}]",
            });
        }

        corpus.Add(
            new SliceDefinition("arabic-conventions", "Arabic-name conventions", IsPositive: true,
                "SDGT / UN Al-Qaida persons with Arabic names, one variant each: al-/el- article dropped, joined or spaced; bin/ibn/ben; Abu/Abou; "
                + "Abd al-/Abdul/Abdel; a short vowel dropped (Zawahiri → Zawahri); Muhammad/Mohammed; Usama/Osama."),
            cases);

        var arabic = persons.Where(p => p.ArabicScript is not null).ToList();
        corpus.Add(
            new SliceDefinition("arabic-script", "Arabic script input", IsPositive: true,
                "The UN original-script (Arabic) name: first word (two for عبد/أبو/…الله compounds) in the first-name field, "
                + "the rest in the last-name field."),
            Sampling.Take(arabic, CorpusBuilder.PerSlice, 3603).Select(p =>
            {
                var tokens = NameText.Tokens(p.ArabicScript!);
                var given = tokens.Length > 2 && (tokens[0] is "عبد" or "أبو" or "ابو" || tokens[1] == "الله") ? 2 : 1;
                return new CorpusCase
                {
                    FirstName = string.Join(' ', tokens.Take(given)),
                    LastName = string.Join(' ', tokens.Skip(given)),
                    Expected = p.EntityIds,
                    DerivedFrom = p.ListName,
                };
            }));
    }
}
