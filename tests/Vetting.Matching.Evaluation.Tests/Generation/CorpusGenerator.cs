using Vetting.Matching.Evaluation.Tests.Lists;
using Vetting.Matching.Evaluation.Tests.Support;

namespace Vetting.Matching.Evaluation.Tests.Generation;

/// <summary>
/// Builds the whole corpus from the lists: positives per variant class, then negatives. Every random choice uses a
/// fixed seed, so the same lists always give the same corpus (checked against the committed files).
/// </summary>
internal static class CorpusGenerator
{
    public static Corpus Generate(EvaluationLists lists)
    {
        var identity = new EntityIdentity(lists.Entities);
        var persons = PersonExtractor.Extract(lists.Entities, identity);
        var listedKeys = new ListedNameKeys(lists.Entities);
        var corpus = new CorpusBuilder();
        TransliterationSlices.Add(corpus, persons);
        ScriptSlices.Add(corpus, persons);
        NameOrderSlices.Add(corpus, persons);
        PatronymicSlices.Add(corpus, persons);
        SpellingSlices.Add(corpus, persons);
        ArabicSlices.Add(corpus, persons);
        OrganisationSlices.Add(corpus, lists.Entities);
        CuratedBodySlices.Add(corpus, lists.Entities, identity);
        DomainSlices.Add(corpus, lists.Entities);
        GeneratedPeople.Add(corpus, listedKeys);
        HardNegatives.Add(corpus, persons, listedKeys);
        DefenderSlice.Add(corpus);
        var slavic = persons.Count(p => p.IsSlavic);
        var original = persons.Count(p => p.IsSlavic && p.Cyrillic is { Reconstructed: false });
        corpus.Note($"{persons.Count} listed persons after merging entries that name the same person; {slavic} of "
            + $"Russian/Ukrainian/Belarusian origin, {original} of them with Cyrillic from a list, the rest rebuilt from the list's Latin.");
        return corpus.Build();
    }
}
