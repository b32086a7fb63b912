using BenchmarkDotNet.Attributes;

namespace Vetting.Matching.Benchmarks;

/// <summary>The same registrants screened by the index and by a brute-force Jaro-Winkler scan of every name.</summary>
[Config(typeof(BenchConfig))]
public class BaselineBenchmarks
{
    private const int Batch = 1;
    private MatchIndex _index = null!;
    private BruteForceScan _scan = null!;
    private RegistrantQuery[] _queries = [];
    private int _next;

    [Params(100_000, 1_000_000)]
    public int Names { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var parties = Corpus.Parties(Names);
        _index = MatchIndex.Build(parties);
        _scan = new BruteForceScan(parties);
        _queries = QueryGenerator.Create(parties, 64);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Batch)]
    public double JaroWinklerScan()
    {
        double sum = 0;
        for (var i = 0; i < Batch; i++)
        {
            sum += _scan.Best(_queries[(_next + i) % _queries.Length]).Score;
        }

        _next = (_next + Batch) % _queries.Length;
        return sum;
    }

    [Benchmark(OperationsPerInvoke = Batch)]
    public double IndexScreen()
    {
        double sum = 0;
        for (var i = 0; i < Batch; i++)
        {
            sum += _index.Screen(_queries[(_next + i) % _queries.Length]).Score;
        }

        _next = (_next + Batch) % _queries.Length;
        return sum;
    }
}
