using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;

namespace Vetting.Matching.Benchmarks;

/// <summary>Short runs (1 launch, 1 warm-up, 5 iterations) with memory diagnostics: minutes, not hours, on a shared 2-core box.</summary>
internal sealed class BenchConfig : ManualConfig
{
    public BenchConfig()
    {
        AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(5).WithId("short"));
        AddDiagnoser(MemoryDiagnoser.Default);
    }
}
