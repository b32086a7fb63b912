using BenchmarkDotNet.Running;
using Vetting.Watchlists.Benchmarks;

// dotnet run -c Release --project bench/Vetting.Watchlists.Benchmarks -- --filter '*'      BenchmarkDotNet import benchmarks
// dotnet run -c Release --project bench/Vetting.Watchlists.Benchmarks -- ftm-memory 1000000  peak memory of a 1M-entity FtM import
// dotnet run -c Release --project bench/Vetting.Watchlists.Benchmarks -- ftm-generate N PATH    write a generated FtM file
// dotnet run -c Release --project bench/Vetting.Watchlists.Benchmarks -- parse PATH            parse time of one list, no store
if (args.Length > 2 && args[0] == "ftm-generate")
{
    FtmGenerator.Write(args[2], int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture));
    return 0;
}

if (args.Length > 1 && args[0] == "parse")
{
    return ParseRun.Run(args[1]);
}

if (args.Length > 0 && args[0] == "ftm-memory")
{
    var count = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1_000_000;
    return FtmMemoryRun.Run(count);
}

BenchmarkSwitcher.FromAssembly(typeof(FullListImportBenchmarks).Assembly).Run(args);
return 0;
