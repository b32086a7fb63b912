using System.Diagnostics;

namespace Vetting.Matching.Benchmarks;

/// <summary>What both benchmark processes print the same way: megabytes, this process's peak working set, the load average.</summary>
internal static class BenchOutput
{
    public static double Megabytes(long bytes) => bytes / 1048576.0;

    public static double PeakWorkingSetMegabytes()
    {
        using var process = Process.GetCurrentProcess();
        return Megabytes(process.PeakWorkingSet64);
    }

    /// <summary>The one-minute load average (the machine is shared; a high one explains slow wall-clock figures).</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";
}
