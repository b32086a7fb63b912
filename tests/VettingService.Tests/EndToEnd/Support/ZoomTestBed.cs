using Microsoft.Extensions.DependencyInjection;
using Vetting.Testing;
using Vetting.Testing.FakeZoom;

namespace VettingService.Tests.EndToEnd.Support;

/// <summary>
/// One test's own data folder and fake Zoom (the <see cref="ZoomScenarios.Briefing"/> scenario), and the service hosts
/// started on them. Disposing it stops the hosts still running, then the fake Zoom, then deletes the folder.
/// </summary>
internal sealed class ZoomTestBed : IAsyncDisposable
{
    private readonly TempDirectory _data;
    private readonly List<ServiceHarness> _hosts = [];

    private ZoomTestBed(TempDirectory data, FakeZoomServer zoom)
    {
        _data = data;
        Zoom = zoom;
    }

    public FakeZoomServer Zoom { get; }

    public string DataPath => _data.Path;

    public static async Task<ZoomTestBed> StartAsync()
    {
        var data = new TempDirectory();
        try
        {
            var zoom = await FakeZoomServer.StartAsync(ZoomScenarios.Briefing(), cancellationToken: TestContext.Current.CancellationToken);
            return new ZoomTestBed(data, zoom);
        }
        catch
        {
            data.Dispose();
            throw;
        }
    }

    /// <summary>
    /// A service host on this bed's fake Zoom and data folder (or <paramref name="dataDirectory"/>), with the test's
    /// service replacements (<paramref name="configure"/>); stopped with the bed unless the test stops it earlier.
    /// </summary>
    public async Task<ServiceHarness> StartHostAsync(
        bool jobServer = false,
        IReadOnlyDictionary<string, string?>? extraSettings = null,
        string? dataDirectory = null,
        Action<IServiceCollection>? configure = null)
    {
        var host = await ServiceHarness.StartAsync(Zoom, dataDirectory ?? _data.Path, jobServer, configure, extraSettings);
        _hosts.Add(host);
        return host;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var host in Enumerable.Reverse(_hosts))
        {
            await host.DisposeAsync();
        }

        await Zoom.DisposeAsync();
        _data.Dispose();
    }
}
