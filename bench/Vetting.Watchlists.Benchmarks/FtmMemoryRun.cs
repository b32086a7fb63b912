using System.Diagnostics;
using System.Globalization;
using Vetting.Watchlists.Importing;
using Vetting.Watchlists.Versions;

namespace Vetting.Watchlists.Benchmarks;

/// <summary>
/// Issue target: a generated 1,000,000-entity FtM file imports in bounded memory. Generates the file, imports it into
/// a fresh store and reports the process's peak working set against the file size.
/// </summary>
internal static class FtmMemoryRun
{
    public static int Run(int count)
    {
        var folder = Path.Combine(Path.GetTempPath(), "vetting-ftm-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var file = Path.Combine(folder, "entities.ftm.json");
            var generate = Stopwatch.StartNew();
            FtmGenerator.Write(file, count);
            var size = new FileInfo(file).Length;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"generated {count:N0} entities, {size / 1048576.0:F0} MiB in {generate.Elapsed.TotalSeconds:F1} s"));

            GC.Collect();
            using var process = Process.GetCurrentProcess();
            process.Refresh();
            var baseline = process.WorkingSet64;
            var store = new FileWatchlistStore(Path.Combine(folder, "store"), TimeProvider.System);
            var import = Stopwatch.StartNew();
            var outcome = new WatchlistImporter(store, TimeProvider.System).Import(new ImportRequest(file), CancellationToken.None);
            import.Stop();
            process.Refresh();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"imported {outcome.Version.EntityCount:N0} entities ({outcome.Status}) in {import.Elapsed.TotalSeconds:F1} s; " +
                $"working set before {baseline / 1048576.0:F0} MiB, peak {process.PeakWorkingSet64 / 1048576.0:F0} MiB, " +
                $"file {size / 1048576.0:F0} MiB"));
            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
