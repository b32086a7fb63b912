using Vetting.Matching.Evaluation.Tests.Lists;
using Vetting.Matching.Evaluation.Tests.Support;

namespace Vetting.Matching.Evaluation.Tests.Generation;

/// <summary>Form-filling habits that move name parts around: swapped fields, surname first, the whole name in one field.</summary>
internal static class NameOrderSlices
{
    public static void Add(CorpusBuilder corpus, IReadOnlyList<ListedPerson> persons)
    {
        corpus.Add(
            new SliceDefinition("swapped-fields", "First and last name fields swapped", IsPositive: true,
                "Family name in the first-name field, given names in the last-name field (list spelling; any listed person)."),
            Sampling.Take(persons, CorpusBuilder.PerSlice, 3301).Select(p => new CorpusCase
            {
                FirstName = p.Family,
                LastName = p.GivenNames,
                Expected = p.EntityIds,
                DerivedFrom = p.ListName,
            }));

        corpus.Add(
            new SliceDefinition("surname-first", "Surname first in one field", IsPositive: true,
                "\"Family Given [Patronymic]\" (every other case with a comma), alternately in the last- and first-name field."),
            Sampling.Take(persons, CorpusBuilder.PerSlice, 3302)
                .Select((p, i) => InOneField(p, p.Family + (i % 2 == 0 ? " " : ", ") + p.GivenPart, inLastName: i % 4 < 2)));

        corpus.Add(
            new SliceDefinition("one-field", "Whole name in one field", IsPositive: true,
                "\"Given [Middle] [Patronymic] Family\" in the first-name field (or, every other case, the last-name field), the other empty."),
            Sampling.Take(persons, CorpusBuilder.PerSlice, 3303)
                .Select((p, i) => InOneField(p, NameText.Join(p.GivenPart, p.Family), inLastName: i % 2 == 1)));
    }

    private static CorpusCase InOneField(ListedPerson person, string text, bool inLastName) => new()
    {
        FirstName = inLastName ? "" : text,
        LastName = inLastName ? text : "",
        Expected = person.EntityIds,
        DerivedFrom = person.ListName,
    };
}
