using System.Diagnostics;
using System.Globalization;
using Vetting.Watchlists.Importing;

namespace Vetting.Watchlists.Benchmarks;

/// <summary>Times parsing alone (no store) of any list path, to tell reader cost from store cost.</summary>
internal static class ParseRun
{
    public static int Run(string path)
    {
        var (format, input) = WatchlistFormatDetector.Resolve(path);
        var watch = Stopwatch.StartNew();
        var count = WatchlistReaders.For(format).Read(input, new ImportContext(), CancellationToken.None).Count();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{format}: {count:N0} entities parsed in {watch.Elapsed.TotalSeconds:F2} s"));
        return 0;
    }
}
