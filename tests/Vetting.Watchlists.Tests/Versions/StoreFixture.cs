using Microsoft.Extensions.Time.Testing;
using Vetting.Testing;
using Vetting.Watchlists.Importing;
using Vetting.Watchlists.Versions;

namespace Vetting.Watchlists.Tests.Versions;

/// <summary>A store in a temporary folder with a controllable clock, plus helpers to write list files.</summary>
internal sealed class StoreFixture : IDisposable
{
    private readonly TempDirectory _temp = new();

    public StoreFixture()
    {
        Time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 28, 9, 0, 0, TimeSpan.Zero));
        Store = new FileWatchlistStore(Path.Combine(_temp.Path, "store"), Time);
        Importer = new WatchlistImporter(Store, Time);
    }

    public FakeTimeProvider Time { get; }

    public FileWatchlistStore Store { get; }

    public WatchlistImporter Importer { get; }

    public ImportOutcome Import(string path, bool force = false)
    {
        var outcome = Importer.Import(new ImportRequest(path) { Force = force }, TestContext.Current.CancellationToken);
        Time.Advance(TimeSpan.FromMinutes(1));
        return outcome;
    }

    public string WriteFile(string name, string content)
    {
        var path = _temp.File(name);
        File.WriteAllText(path, content);
        return path;
    }

    public string WriteFile(string name, byte[] content)
    {
        var path = _temp.File(name);
        File.WriteAllBytes(path, content);
        return path;
    }

    public void Dispose() => _temp.Dispose();
}
