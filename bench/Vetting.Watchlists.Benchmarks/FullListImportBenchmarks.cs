using BenchmarkDotNet.Attributes;
using Vetting.Watchlists.Importing;
using Vetting.Watchlists.Versions;

namespace Vetting.Watchlists.Benchmarks;

/// <summary>
/// Issue target: importing the full OFAC SDN CSV set plus the full UN list takes under 2 s. Measured end to end:
/// detection, parsing, hashing, writing the compressed version and activating it, into a fresh store each time.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 8)]
public class FullListImportBenchmarks
{
    private string _root = "";
    private int _round;

    [GlobalSetup]
    public void Setup() => _root = Path.Combine(Path.GetTempPath(), "vetting-bench-" + Guid.NewGuid().ToString("N"));

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_root, recursive: true);

    [Benchmark(Description = "full OFAC SDN CSV set + full UN list")]
    public int ImportOfacAndUn()
    {
        var store = new FileWatchlistStore(Path.Combine(_root, (_round++).ToString(System.Globalization.CultureInfo.InvariantCulture)), TimeProvider.System);
        var importer = new WatchlistImporter(store, TimeProvider.System);
        var ofac = importer.Import(new ImportRequest(BenchPaths.FullList("ofac-sdn.csv")), CancellationToken.None);
        var un = importer.Import(new ImportRequest(BenchPaths.FullList("un-consolidated.xml")), CancellationToken.None);
        return ofac.Version.EntityCount + un.Version.EntityCount;
    }

    [Benchmark(Description = "parse only: full OFAC SDN CSV set")]
    public int ParseOfac() => ParseOnly(BenchPaths.FullList("ofac-sdn.csv"));

    [Benchmark(Description = "parse only: full UN list")]
    public int ParseUn() => ParseOnly(BenchPaths.FullList("un-consolidated.xml"));

    private static int ParseOnly(string path)
    {
        var (format, input) = WatchlistFormatDetector.Resolve(path);
        return WatchlistReaders.For(format).Read(input, new ImportContext(), CancellationToken.None).Count();
    }
}
