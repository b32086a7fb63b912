using Microsoft.Extensions.DependencyInjection;
using Vetting.Watchlists.Bundled;
using Vetting.Watchlists.Importing;

namespace VettingService.Tests.EndToEnd.Support;

/// <summary>New list versions for the end-to-end tests, imported the way <c>vetting lists import</c> does.</summary>
internal static class ListFiles
{
    /// <summary>A copy of the bundled OFAC CSV set with one more SDN.CSV row, imported and activated as a new version.</summary>
    public static ImportOutcome ImportOfacWithExtraEntry(ServiceHarness host, string dataPath, string sdnRow)
    {
        var bundled = Path.Combine(BundledWatchlists.Locate() ?? throw new InvalidOperationException("no bundled lists"), "ofac-sdn");
        var copy = Path.Combine(dataPath, "ofac-update-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(copy);
        foreach (var file in Directory.EnumerateFiles(bundled))
        {
            File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        }

        // OFAC's file ends with a DOS end-of-file byte: the new row goes before it.
        var sdn = Path.Combine(copy, "SDN.CSV");
        var bytes = File.ReadAllBytes(sdn).ToList();
        var end = bytes.IndexOf(0x1A) is var eof and >= 0 ? eof : bytes.Count;
        bytes.InsertRange(end, System.Text.Encoding.ASCII.GetBytes(sdnRow + "\r\n"));
        File.WriteAllBytes(sdn, [.. bytes]);
        var outcome = host.App.Services.GetRequiredService<WatchlistImporter>().Import(
            new ImportRequest(copy) { Format = WatchlistFormat.OfacCsv, Source = "ofac-sdn" },
            TestContext.Current.CancellationToken);
        return outcome.Status == ImportStatus.Activated ? outcome : throw new InvalidOperationException("the update was not activated: " + outcome.Status);
    }
}
