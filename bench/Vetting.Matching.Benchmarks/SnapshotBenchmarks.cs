using BenchmarkDotNet.Attributes;

namespace Vetting.Matching.Benchmarks;

/// <summary>Snapshot save and load of a 1-million-name index (in memory, so disk speed does not count).</summary>
[Config(typeof(BenchConfig))]
public class SnapshotBenchmarks
{
    private MatchIndex _index = null!;
    private byte[] _snapshot = [];

    [Params(1_000_000)]
    public int Names { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _index = MatchIndex.Build(Corpus.Parties(Names));
        using var stream = new MemoryStream();
        _index.Save(stream);
        _snapshot = stream.ToArray();
    }

    [Benchmark]
    public long Save()
    {
        using var stream = new MemoryStream(_snapshot.Length);
        _index.Save(stream);
        return stream.Length;
    }

    [Benchmark]
    public int Load()
    {
        using var stream = new MemoryStream(_snapshot, writable: false);
        return MatchIndex.Load(stream).PartyCount;
    }
}
