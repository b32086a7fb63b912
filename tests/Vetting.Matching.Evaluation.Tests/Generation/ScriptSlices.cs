using Vetting.Matching.Evaluation.Tests.Lists;
using Vetting.Matching.Evaluation.Tests.Support;
using Vetting.Matching.Evaluation.Tests.Transliteration;

namespace Vetting.Matching.Evaluation.Tests.Generation;

/// <summary>Russian↔Ukrainian given-name cognates, and names typed in Cyrillic.</summary>
internal static class ScriptSlices
{
    public static void Add(CorpusBuilder corpus, IReadOnlyList<ListedPerson> persons)
    {
        var slavic = persons.Where(p => p.IsSlavic && p.Cyrillic is not null).ToList();
        var cognates = slavic
            .Select(p => (Person: p, Other: GivenNameCognates.Counterpart(p.Cyrillic!.Given, p.Cyrillic.Language)))
            .Where(x => x.Other is not null)
            .ToList();
        corpus.Add(
            new SliceDefinition("cognates-ru-uk", "Russian↔Ukrainian given-name cognates", IsPositive: true,
                "The other language's form of the given name (Vladimir→Volodymyr in KMU 55, Serhiy→Sergei in ICAO) with the list's family name."),
            Sampling.Take(cognates, CorpusBuilder.PerSlice, 3201).Select(x =>
            {
                var system = x.Person.Cyrillic!.Language == CyrillicLanguage.Russian ? CyrillicSystem.Ukraine2010 : CyrillicSystem.Icao9303;
                return new CorpusCase
                {
                    FirstName = CyrillicTransliterator.Transliterate(x.Other!, system),
                    LastName = x.Person.Family,
                    Expected = x.Person.EntityIds,
                    DerivedFrom = $"{x.Person.ListName} ← {x.Person.Cyrillic.Given} → {x.Other}",
                };
            }));

        corpus.Add(
            new SliceDefinition("cyrillic-script", "Cyrillic script input", IsPositive: true,
                "Given + family name typed in Cyrillic (list original script where given, else rebuilt from the list's Latin)."),
            Sampling.Take(slavic, CorpusBuilder.PerSlice, 3202).Select(p => new CorpusCase
            {
                FirstName = p.Cyrillic!.Given,
                LastName = NameText.TitleCase(p.Cyrillic.Family),
                Expected = p.EntityIds,
                DerivedFrom = p.ListName + (p.Cyrillic.Reconstructed ? " (Cyrillic rebuilt)" : ""),
            }));
    }
}
