using System.Reflection;

namespace Vetting.Testing;

/// <summary>Locates the repository and the read-only <c>shared/</c> folder that lies beside it.</summary>
public static class TestPaths
{
    private static readonly Lazy<string> Root = new(FindRepositoryRoot);

    /// <summary>The folder that holds <c>Vetting.sln</c>.</summary>
    public static string RepositoryRoot => Root.Value;

    /// <summary><c>../shared</c> next to the repository (docs and fixtures).</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared"));

    /// <summary>A file under <c>shared/fixtures/lists/</c>.</summary>
    public static string ListFixture(string relativePath) => Path.Combine(Shared, "fixtures", "lists", relativePath);

    /// <summary>A file under <c>shared/fixtures/</c>.</summary>
    public static string Fixture(string relativePath) => Path.Combine(Shared, "fixtures", relativePath);

    /// <summary>A path inside the repository.</summary>
    public static string InRepository(string relativePath) => Path.Combine(RepositoryRoot, relativePath);

    private static string FindRepositoryRoot()
    {
        var built = typeof(TestPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "VettingRepositoryRoot")?.Value;
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory(), built })
        {
            for (var dir = start is null ? null : new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Vetting.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException("Vetting.sln not found above " + AppContext.BaseDirectory);
    }
}
