using Vetting.Testing;

namespace Vetting.Matching.Evaluation.Tests.Generation;

/// <summary>The committed corpus files are exactly what the generator makes from the lists, and the corpus is sound.</summary>
public sealed class CorpusFileTests(EvaluationFixture fixture)
{
    [Theory]
    [InlineData(CorpusCsv.PositivesFile, true)]
    [InlineData(CorpusCsv.NegativesFile, false)]
    public void Generate_FromLists_EqualsCommittedFile(string file, bool positives)
    {
        var expected = CorpusCsv.Write(positives ? fixture.Corpus.Positives : fixture.Corpus.Negatives);
        var path = TestPaths.InRepository("tests/Vetting.Matching.Evaluation.Tests/" + file);
        if (EvaluationFixture.Writing)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!); // the path always has a folder
            File.WriteAllText(path, expected);
        }

        Assert.True(File.Exists(path), $"{file} is missing: run with VETTING_WRITE_EVAL=1 to write it.");
        Assert.True(expected == File.ReadAllText(path),
            $"{file} differs from what the generator makes now (lists, importers or generator changed): "
            + "rerun with VETTING_WRITE_EVAL=1 and review the diff.");
    }

    [Fact]
    public void Generate_Corpus_IdsUniqueAndExpectedEntitiesIndexed()
    {
        var ids = fixture.Corpus.Cases.Select(c => c.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        var indexed = fixture.Lists.Parties.Select(p => p.EntityId).ToHashSet(StringComparer.Ordinal);
        Assert.All(fixture.Corpus.Positives, c => Assert.NotEmpty(c.Expected));
        Assert.All(fixture.Corpus.Positives.SelectMany(c => c.Expected), id => Assert.Contains(id, indexed));
        Assert.All(fixture.Corpus.Negatives, c => Assert.Empty(c.Expected));
    }

    [Fact]
    public void Generate_Corpus_EverySliceHasCasesAndThousandsOfGeneratedPeople()
    {
        Assert.All(fixture.Corpus.Slices, s =>
            Assert.True(fixture.Corpus.Cases.Count(c => c.Slice == s.Id) >= 15, $"{s.Id} has fewer than 15 cases"));
        Assert.True(fixture.Corpus.Cases.Count(c => c.Slice.StartsWith("generated-", StringComparison.Ordinal)) >= 5000);
    }

    [Fact]
    public void Defenders_AgainstListedNames_NoneIsANamesakeOfAListedPerson()
    {
        var keys = new Support.ListedNameKeys(fixture.Lists.Entities);
        var namesakes = Defenders.All.SelectMany(d => d.Spellings)
            .Select(s => s.Split('|'))
            .Where(p => keys.IsNamesake(p[0], p[1]))
            .Select(p => p[0] + " " + p[1])
            .ToList();
        Assert.Empty(namesakes);
    }
}
