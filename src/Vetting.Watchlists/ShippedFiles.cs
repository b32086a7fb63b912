namespace Vetting.Watchlists;

/// <summary>
/// Finds a file that ships with Vetting (bundled lists, the source catalogue, samples): next to the executable, or in
/// a folder above it when run from a source checkout.
/// </summary>
public static class ShippedFiles
{
    /// <summary>The full path of <paramref name="relativePath"/> under the first folder above the executable that has it, or null.</summary>
    public static string? Find(string relativePath)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relativePath);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
