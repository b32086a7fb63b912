using System.Globalization;
using BenchmarkDotNet.Running;
using Vetting.Matching.Benchmarks;

// dotnet run -c Release --project bench/Vetting.Matching.Benchmarks -- --filter '*Screening*'    BenchmarkDotNet (any --filter)
// dotnet run -c Release --project bench/Vetting.Matching.Benchmarks -- --latency [names] [registrants]
if (args.Length > 0 && args[0] == "--latency")
{
    var names = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1_000_000;
    var registrants = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 20_000;
    return LatencyRun.Run(names, registrants);
}

BenchmarkSwitcher.FromAssembly(typeof(ScreeningBenchmarks).Assembly).Run(args);
return 0;
