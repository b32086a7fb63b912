namespace Vetting.Watchlists.Benchmarks;

/// <summary>Finds the checkout (and <c>../shared</c> beside it) from wherever BenchmarkDotNet runs the code.</summary>
internal static class BenchPaths
{
    public static string Shared { get; } = Path.GetFullPath(Path.Combine(FindRoot(), "..", "shared"));

    public static string FullList(string name) => Path.Combine(Shared, "fixtures", "lists", "full", name);

    private static string FindRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Vetting.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException("run from inside the Vetting checkout");
    }
}
