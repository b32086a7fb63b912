using Vetting.Matching.Evaluation.Tests.Lists;
using Vetting.Matching.Evaluation.Tests.Support;

namespace Vetting.Matching.Evaluation.Tests.Generation;

/// <summary>Listed persons with a patronymic, registered with it, without it, and with it as an initial.</summary>
internal static class PatronymicSlices
{
    public static void Add(CorpusBuilder corpus, IReadOnlyList<ListedPerson> persons)
    {
        var withPatronymic = persons.Where(p => p.Patronymic is not null).ToList();
        corpus.Add(
            new SliceDefinition("patronymic-present", "Patronymic present", IsPositive: true,
                "\"Given Patronymic\" + family name, list spelling."),
            Sampling.Take(withPatronymic, CorpusBuilder.PerSlice, 3401).Select(p => Case(p, NameText.Join(p.GivenNames, p.Patronymic))));
        corpus.Add(
            new SliceDefinition("patronymic-absent", "Patronymic absent", IsPositive: true,
                "Given + family name of persons the list names with a patronymic."),
            Sampling.Take(withPatronymic, CorpusBuilder.PerSlice, 3402).Select(p => Case(p, p.GivenNames)));
        corpus.Add(
            new SliceDefinition("patronymic-abbreviated", "Patronymic abbreviated", IsPositive: true,
                "\"Given P.\" + family name (patronymic as an initial)."),
            Sampling.Take(withPatronymic, CorpusBuilder.PerSlice, 3403).Select(p => Case(p, NameText.Join(p.GivenNames, p.Patronymic![..1] + "."))));
    }

    private static CorpusCase Case(ListedPerson person, string firstName) => new()
    {
        FirstName = firstName,
        LastName = person.Family,
        Expected = person.EntityIds,
        DerivedFrom = person.ListName,
    };
}
