using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace Vetting.Matching.Benchmarks;

/// <summary>
/// The build stage of <c>--latency</c>: builds the index over the generated parties and writes its snapshot to a file,
/// printing build time, index heap, snapshot size and save time. The index is garbage once this returns.
/// </summary>
internal static class SnapshotBuild
{
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void BuildAndSave(IReadOnlyList<ListedParty> parties, string snapshotPath)
    {
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var clock = Stopwatch.StartNew();
        var index = MatchIndex.Build(parties);
        var build = clock.Elapsed;
        var after = GC.GetTotalMemory(forceFullCollection: true);
        Console.WriteLine($"index build {build.TotalSeconds:F2} s; {index.PartyCount:N0} parties, {index.NameCount:N0} names, {index.PositionCount:N0} positions, " +
                          $"{index.TokenCount:N0} distinct tokens, {index.DomainCount:N0} domains; index heap ≈ {BenchOutput.Megabytes(after - before):N0} MB " +
                          "(not counting strings it shares with the generated list, such as entity ids)");

        clock.Restart();
        using (var stream = new FileStream(snapshotPath, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
        {
            index.Save(stream);
        }

        var save = clock.Elapsed;
        Console.WriteLine($"snapshot {BenchOutput.Megabytes(new FileInfo(snapshotPath).Length):N0} MB written to a file: save {save.TotalSeconds:F2} s");
    }
}
