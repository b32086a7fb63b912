using System.Diagnostics;
using System.Globalization;

namespace Vetting.Matching.Benchmarks;

/// <summary>
/// The screening process of <c>--latency</c>, shaped like production: a fresh process that only loads the index snapshot
/// from a file and screens the registrants one at a time on one thread. Prints load time, latency percentiles,
/// registrants per second and per CPU-second, decisions and its own peak working set; its last line is the mean
/// wall-clock time per registrant for the parent's brute-force ratio.
/// </summary>
internal static class SnapshotScreeningRun
{
    public const string Verb = "--screen-snapshot";
    public const string PerRegistrantMarker = "@per-registrant-ms ";
    private const int WarmUp = 2_000;

    public static int Run(string snapshotPath, string queryPath)
    {
        var queries = QueryFile.Read(queryPath);
        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        var clock = Stopwatch.StartNew();
        MatchIndex index;
        using (var stream = new FileStream(snapshotPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan))
        {
            index = MatchIndex.Load(stream);
        }

        var load = clock.Elapsed;
        var heapAfter = GC.GetTotalMemory(forceFullCollection: true);
        Console.WriteLine($"screening process: snapshot load {load.TotalSeconds:F2} s from the file ({index.NameCount:N0} names, {index.PartyCount:N0} parties); " +
                          $"index heap after load ≈ {BenchOutput.Megabytes(heapAfter - heapBefore):N0} MB");

        for (var i = 0; i < Math.Min(WarmUp, queries.Length); i++)
        {
            index.Screen(queries[i]);
        }

        var ticks = new long[queries.Length];
        var decisions = new int[3];
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        clock.Restart();
        for (var i = 0; i < queries.Length; i++)
        {
            var start = Stopwatch.GetTimestamp();
            var result = index.Screen(queries[i]);
            ticks[i] = Stopwatch.GetTimestamp() - start;
            decisions[(int)result.Decision]++;
        }

        var total = clock.Elapsed;
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;
        Array.Sort(ticks);
        Console.WriteLine($"screened {queries.Length:N0} registrants on one thread in {total.TotalSeconds:F2} s: {queries.Length / total.TotalSeconds:N0} registrants/s; " +
                          $"p50 {Micro(ticks, 0.50)} µs, p90 {Micro(ticks, 0.90)} µs, p99 {Micro(ticks, 0.99)} µs, p99.9 {Micro(ticks, 0.999)} µs, max {Micro(ticks, 1.0)} µs");
        Console.WriteLine($"process CPU time while screening {cpu.TotalSeconds:F2} s: {queries.Length / cpu.TotalSeconds:N0} registrants per CPU-second " +
                          $"(wall-clock figures above include waiting for the CPU on a shared machine; load average {BenchOutput.LoadAverage()})");
        Console.WriteLine($"decisions: clear {decisions[0]:N0}, review {decisions[1]:N0}, block {decisions[2]:N0}");
        var peak = BenchOutput.PeakWorkingSetMegabytes();
        var live = GC.GetTotalMemory(forceFullCollection: true) - heapBefore;
        GC.KeepAlive(index);
        Console.WriteLine($"peak working set, screening process (load the snapshot file, screen): {peak:N0} MB; " +
                          $"live after screening ≈ {BenchOutput.Megabytes(live):N0} MB (index and its retrieval cache; the rest is garbage the GC had not yet collected, and the runtime)");
        Console.WriteLine(PerRegistrantMarker + (total.TotalMilliseconds / queries.Length).ToString("R", CultureInfo.InvariantCulture));
        return 0;
    }

    private static string Micro(long[] sorted, double quantile)
    {
        var index = Math.Min(sorted.Length - 1, (int)Math.Ceiling(quantile * sorted.Length) - 1);
        return (sorted[Math.Max(0, index)] * 1_000_000.0 / Stopwatch.Frequency).ToString("F1", CultureInfo.InvariantCulture);
    }
}
