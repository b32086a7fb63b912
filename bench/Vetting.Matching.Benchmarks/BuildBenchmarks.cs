using BenchmarkDotNet.Attributes;

namespace Vetting.Matching.Benchmarks;

/// <summary>Index build time and allocations from generated parties.</summary>
[Config(typeof(BenchConfig))]
public class BuildBenchmarks
{
    private List<ListedParty> _parties = [];

    [Params(100_000, 1_000_000)]
    public int Names { get; set; }

    [GlobalSetup]
    public void Setup() => _parties = Corpus.Parties(Names);

    [Benchmark]
    public int Build() => MatchIndex.Build(_parties).TokenCount;
}
