using Vetting.Matching.Evaluation.Tests.Evaluation;
using Vetting.Matching.Evaluation.Tests.Generation;
using Vetting.Matching.Evaluation.Tests.Lists;

[assembly: AssemblyFixture(typeof(Vetting.Matching.Evaluation.Tests.EvaluationFixture))]

namespace Vetting.Matching.Evaluation.Tests;

/// <summary>
/// Shared by every test of the assembly, built once: the full lists and their index, the corpus generated from them,
/// and one screening run over the whole corpus.
/// </summary>
public sealed class EvaluationFixture
{
    /// <summary>Set to 1 to rewrite the corpus files and RESULTS.md instead of only checking against them.</summary>
    public const string WriteVariable = "VETTING_WRITE_EVAL";

    public EvaluationFixture()
    {
        Lists = EvaluationLists.Load(CancellationToken.None);
        Corpus = CorpusGenerator.Generate(Lists);
        Run = EvaluationRun.Screen(Corpus, Lists.Index, Lists.Parties);
    }

    public static bool Writing => Environment.GetEnvironmentVariable(WriteVariable) == "1";

    internal EvaluationLists Lists { get; }

    internal Corpus Corpus { get; }

    internal EvaluationRun Run { get; }
}
