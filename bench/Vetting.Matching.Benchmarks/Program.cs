using System.Globalization;
using BenchmarkDotNet.Running;
using Vetting.Matching.Benchmarks;

// dotnet run -c Release --project bench/Vetting.Matching.Benchmarks -- --filter '*Screening*' --inProcess   BenchmarkDotNet (any --filter)
// dotnet run -c Release --project bench/Vetting.Matching.Benchmarks -- --latency [names] [registrants]
// (--screen-snapshot SNAPSHOT REGISTRANTS.jsonl is the screening process --latency starts; not meant to be run by hand)
if (args.Length > 0 && args[0] == "--latency")
{
    var names = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1_000_000;
    var registrants = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 20_000;
    return LatencyRun.Run(names, registrants);
}

if (args.Length == 3 && args[0] == SnapshotScreeningRun.Verb)
{
    return SnapshotScreeningRun.Run(args[1], args[2]);
}

BenchmarkSwitcher.FromAssembly(typeof(ScreeningBenchmarks).Assembly).Run(args);
return 0;
