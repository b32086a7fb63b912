using Vetting.Matching.Evaluation.Tests.Lists;
using Vetting.Matching.Evaluation.Tests.Support;
using Vetting.Matching.Evaluation.Tests.Transliteration;

namespace Vetting.Matching.Evaluation.Tests.Generation;

/// <summary>
/// One slice per Latin system: the given and family name of each Russian, Ukrainian or Belarusian listed person,
/// taken in Cyrillic (original script where a list gives it, else rebuilt from the list's Latin) and written by our
/// own table-driven transliterator in that system. The Ukrainian 2010 slice spells the Ukrainian form of the name
/// (Ukrainian Cyrillic where a list gives it, else the Ukrainian cognate of the given name), as a Ukrainian passport does.
/// </summary>
internal static class TransliterationSlices
{
    private static readonly (CyrillicSystem System, string Id, string Title)[] Systems =
    [
        (CyrillicSystem.Iso9, "translit-iso9", "Transliteration: ISO 9"),
        (CyrillicSystem.GostB, "translit-gost-b", "Transliteration: GOST 7.79 B"),
        (CyrillicSystem.BgnPcgn, "translit-bgn-pcgn", "Transliteration: BGN/PCGN"),
        (CyrillicSystem.Icao9303, "translit-icao-9303", "Transliteration: ICAO 9303"),
        (CyrillicSystem.Icao2010, "translit-icao-2010", "Transliteration: ICAO 2010–2013 (ц = tc)"),
        (CyrillicSystem.Ukraine2010, "translit-ukraine-2010", "Transliteration: Ukraine 2010 (KMU 55)"),
        (CyrillicSystem.German, "translit-german", "Transliteration: German"),
        (CyrillicSystem.French, "translit-french", "Transliteration: French"),
    ];

    public static void Add(CorpusBuilder corpus, IReadOnlyList<ListedPerson> persons)
    {
        var slavic = persons.Where(p => p.IsSlavic && p.Cyrillic is not null).ToList();
        var seed = 3100;
        foreach (var (system, id, title) in Systems)
        {
            var population = system == CyrillicSystem.Icao2010
                ? slavic.Where(p => HasTse(p.Cyrillic!)).ToList() // only names with ц differ from ICAO 9303
                : slavic;
            var derivation = system == CyrillicSystem.Icao2010
                ? "Russian/Ukrainian listed persons whose name has ц, written as 2010–2013 Russian passports did (tc)."
                : $"Given + family name of Russian/Ukrainian listed persons, from Cyrillic, in {title["Transliteration: ".Length..]}.";
            corpus.Add(
                new SliceDefinition(id, title, IsPositive: true, derivation),
                Sampling.Take(population, CorpusBuilder.PerSlice, seed++).Select(p => Spell(p, system)));
        }
    }

    /// <summary>The Cyrillic a system starts from: Ukrainian forms for the Ukrainian system, the list's form otherwise.</summary>
    public static CyrillicName Source(ListedPerson person, CyrillicSystem system)
    {
        var cyrillic = person.Cyrillic!; // callers pass Slavic persons, which always have a Cyrillic form
        if (system != CyrillicSystem.Ukraine2010)
        {
            return cyrillic;
        }

        return person.UkrainianCyrillic ?? cyrillic with { Given = GivenNameCognates.Ukrainise(cyrillic.Given) };
    }

    private static CorpusCase Spell(ListedPerson person, CyrillicSystem system)
    {
        var source = Source(person, system);
        return new CorpusCase
        {
            FirstName = CyrillicTransliterator.Transliterate(source.Given, system),
            LastName = CyrillicTransliterator.Transliterate(source.Family, system),
            Expected = person.EntityIds,
            DerivedFrom = $"{person.ListName} ← {source.Given} {source.Family}{(source.Reconstructed ? " (rebuilt)" : "")}",
        };
    }

    private static bool HasTse(CyrillicName name) =>
        (name.Given + name.Family).Contains('ц', StringComparison.OrdinalIgnoreCase);
}
