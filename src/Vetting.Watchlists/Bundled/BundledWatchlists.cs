using System.Globalization;
using System.Text.Json;
using Vetting.Watchlists.Importing;
using Vetting.Watchlists.Versions;

namespace Vetting.Watchlists.Bundled;

/// <summary>
/// The lists shipped in <c>watchlists/</c>: imported for every source that has no active version yet, so a machine
/// with no network starts screening at once (and says how old the data is).
/// </summary>
public sealed class BundledWatchlists(FileWatchlistStore store, WatchlistImporter importer)
{
    public const string ManifestFileName = "bundled.json";

    /// <summary>
    /// Imports each bundled list whose source has no active version. A bundled list that cannot be read is reported
    /// in the result, never thrown: the other lists still load and the service still starts.
    /// </summary>
    public IReadOnlyList<BundledImportResult> EnsureImported(string bundledFolder, CancellationToken cancellationToken)
    {
        var manifestPath = Path.Combine(bundledFolder, ManifestFileName);
        using var document = JsonDocument.Parse(File.ReadAllText(manifestPath));
        var outcomes = new List<BundledImportResult>();
        foreach (var item in document.RootElement.GetProperty("lists").EnumerateArray())
        {
            var source = item.GetProperty("source").GetString() ?? throw new InvalidDataException($"{manifestPath}: a list without source");
            if (store.GetActive(source) is not null)
            {
                continue;
            }

            var request = new ImportRequest(Path.GetFullPath(Path.Combine(bundledFolder, item.GetProperty("path").GetString() ?? "")))
            {
                Format = Enum.Parse<WatchlistFormat>(item.GetProperty("format").GetString() ?? "", ignoreCase: true),
                Source = source,
                Origin = "bundled",
                AsOfFallback = DateTimeOffset.Parse(item.GetProperty("asOf").GetString() ?? "", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
            };
            try
            {
                outcomes.Add(new BundledImportResult(source, importer.Import(request, cancellationToken), null));
            }
            catch (WatchlistFormatException ex)
            {
                outcomes.Add(new BundledImportResult(source, null, ex.Message));
            }
        }

        return outcomes;
    }

    /// <summary>The <c>watchlists/bundled</c> folder next to the executable, or above it in a source checkout.</summary>
    public static string? Locate() =>
        ShippedFiles.Find(Path.Combine("watchlists", "bundled", ManifestFileName)) is { } manifest ? Path.GetDirectoryName(manifest) : null;
}
