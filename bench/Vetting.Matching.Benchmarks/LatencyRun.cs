using System.Diagnostics;

namespace Vetting.Matching.Benchmarks;

/// <summary>
/// <c>--latency [names] [registrants]</c>, in the shape production uses memory. This (build) process generates the
/// list and the registrants, builds the index and saves its snapshot to a temporary file; a separate screening
/// process (<see cref="SnapshotScreeningRun"/>) loads only the snapshot and screens the registrants one at a time on
/// one thread. Each process reports its own peak working set. The brute-force Jaro-Winkler baseline needs the list,
/// so it runs here, after the screening process, and is compared with that process's time per registrant.
/// </summary>
internal static class LatencyRun
{
    private const int BruteForceSample = 20;

    public static int Run(int names, int registrants)
    {
        var folder = Path.Combine(Path.GetTempPath(), "vetting-latency-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            return Run(names, registrants, Path.Combine(folder, "index.snapshot"), Path.Combine(folder, "registrants.jsonl"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static int Run(int names, int registrants, string snapshotPath, string queryPath)
    {
        Console.WriteLine($"load average at start {BenchOutput.LoadAverage()}");
        var clock = Stopwatch.StartNew();
        var parties = ListGenerator.Create(names);
        Console.WriteLine($"generated {parties.Count:N0} parties / {parties.Sum(p => p.Names.Count):N0} names in {clock.Elapsed.TotalSeconds:F1} s; " +
                          $"list heap ≈ {BenchOutput.Megabytes(GC.GetTotalMemory(forceFullCollection: true)):N0} MB");
        var queries = QueryGenerator.Create(parties, registrants);
        QueryFile.Write(queryPath, queries);
        var sample = queries[..Math.Min(BruteForceSample, queries.Length)];

        SnapshotBuild.BuildAndSave(parties, snapshotPath);
        Console.WriteLine($"peak working set, build process (generate list, build index, save snapshot file): {BenchOutput.PeakWorkingSetMegabytes():N0} MB");

        var perScreen = ScreeningProcess.Run(snapshotPath, queryPath);

        var scan = new BruteForceScan(parties);
        clock.Restart();
        foreach (var query in sample)
        {
            scan.Best(query);
        }

        var perScan = clock.Elapsed.TotalMilliseconds / sample.Length;
        Console.WriteLine($"brute-force Jaro-Winkler scan over {scan.NameCount:N0} names: {perScan:F1} ms per registrant; index is {perScan / perScreen:N0}× faster " +
                          "(than the screening process's mean time per registrant)");
        Console.WriteLine($"load average at end {BenchOutput.LoadAverage()}");
        return 0;
    }
}
