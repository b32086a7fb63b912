using BenchmarkDotNet.Attributes;

namespace Vetting.Matching.Benchmarks;

/// <summary>Per-registrant screening cost at 10 thousand, 100 thousand and 1 million list names.</summary>
[Config(typeof(BenchConfig))]
public class ScreeningBenchmarks
{
    private const int Batch = 512;
    private MatchIndex _index = null!;
    private RegistrantQuery[] _queries = [];
    private int _next;

    [Params(10_000, 100_000, 1_000_000)]
    public int Names { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var parties = Corpus.Parties(Names);
        _index = MatchIndex.Build(parties);
        _queries = QueryGenerator.Create(parties, 8192);
    }

    /// <summary>One registrant per operation (a batch of 512 per invocation, rotating through 8,192 registrants).</summary>
    [Benchmark(OperationsPerInvoke = Batch)]
    public int Screen()
    {
        var found = 0;
        for (var i = 0; i < Batch; i++)
        {
            found += _index.Screen(_queries[_next]).Matches.Count;
            _next = (_next + 1) % _queries.Length;
        }

        return found;
    }
}
