using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Vetting.Matching.Benchmarks;

/// <summary>
/// Short runs (1 launch, 1 warm-up, 5 iterations) with memory diagnostics: minutes, not hours, on a shared 2-core
/// box. In-process toolchain: no generated project to build (the repository's strict build settings and lock
/// files apply to every project under it), and the million-name corpus is generated once per process.
/// </summary>
internal sealed class BenchConfig : ManualConfig
{
    public BenchConfig()
    {
        AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(5).WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(30), logOutput: true)).WithId("short"));
        AddDiagnoser(MemoryDiagnoser.Default);
    }
}
