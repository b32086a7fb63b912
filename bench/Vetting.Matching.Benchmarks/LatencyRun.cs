using System.Diagnostics;
using System.Globalization;

namespace Vetting.Matching.Benchmarks;

/// <summary>
/// <c>--latency [names] [registrants]</c>: builds the index over generated names, saves and loads a snapshot,
/// screens registrants one at a time on one thread, and prints build time, per-registrant latency percentiles,
/// registrants per second, peak working set and the brute-force Jaro-Winkler ratio.
/// </summary>
internal static class LatencyRun
{
    public static int Run(int names, int registrants)
    {
        var clock = Stopwatch.StartNew();
        var parties = ListGenerator.Create(names);
        Print($"generated {parties.Count:N0} parties / {parties.Sum(p => p.Names.Count):N0} names in {clock.Elapsed.TotalSeconds:F1} s");
        var queries = QueryGenerator.Create(parties, registrants);

        GC.Collect();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        clock.Restart();
        var index = MatchIndex.Build(parties);
        var build = clock.Elapsed;
        var after = GC.GetTotalMemory(forceFullCollection: true);
        Print($"index build {build.TotalSeconds:F2} s; {index.PartyCount:N0} parties, {index.NameCount:N0} names, {index.PositionCount:N0} positions, " +
              $"{index.TokenCount:N0} distinct tokens, {index.DomainCount:N0} domains; index heap ≈ {(after - before) / 1048576.0:N0} MB");

        using (var stream = new MemoryStream())
        {
            clock.Restart();
            index.Save(stream);
            var save = clock.Elapsed;
            stream.Position = 0;
            clock.Restart();
            var loaded = MatchIndex.Load(stream);
            Print($"snapshot {stream.Length / 1048576.0:N0} MB: save {save.TotalSeconds:F2} s, load {clock.Elapsed.TotalSeconds:F2} s ({loaded.NameCount:N0} names)");
        }

        for (var i = 0; i < Math.Min(2_000, queries.Length); i++)
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
        Print($"screened {queries.Length:N0} registrants on one thread in {total.TotalSeconds:F2} s: {queries.Length / total.TotalSeconds:N0} registrants/s; " +
              $"p50 {Micro(ticks, 0.50)} µs, p90 {Micro(ticks, 0.90)} µs, p99 {Micro(ticks, 0.99)} µs, p99.9 {Micro(ticks, 0.999)} µs, max {Micro(ticks, 1.0)} µs");
        Print($"process CPU time while screening {cpu.TotalSeconds:F2} s: {queries.Length / cpu.TotalSeconds:N0} registrants per CPU-second " +
              $"(wall-clock figures above include waiting for the CPU on a shared machine; load average {LoadAverage()})");
        Print($"decisions: clear {decisions[0]:N0}, review {decisions[1]:N0}, block {decisions[2]:N0}");

        var scan = new BruteForceScan(parties);
        const int sample = 20;
        clock.Restart();
        for (var i = 0; i < sample; i++)
        {
            scan.Best(queries[i]);
        }

        var perScan = clock.Elapsed.TotalMilliseconds / sample;
        var perScreen = total.TotalMilliseconds / queries.Length;
        Print($"brute-force Jaro-Winkler scan over {scan.NameCount:N0} names: {perScan:F1} ms per registrant; index is {perScan / perScreen:N0}× faster");
        Print($"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:N0} MB");
        return 0;
    }

    private static string Micro(long[] sorted, double quantile)
    {
        var index = Math.Min(sorted.Length - 1, (int)Math.Ceiling(quantile * sorted.Length) - 1);
        return (sorted[Math.Max(0, index)] * 1_000_000.0 / Stopwatch.Frequency).ToString("F1", CultureInfo.InvariantCulture);
    }

    private static void Print(string line) => Console.WriteLine(line);

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";
}
