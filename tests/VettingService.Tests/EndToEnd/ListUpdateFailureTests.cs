using System.Text;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Vetting.Core.Vetting;
using Vetting.Core.Watchlists;
using Vetting.Service.Jobs;
using Vetting.Testing;
using Vetting.Testing.FakeZoom;
using Vetting.Watchlists.Bundled;
using Vetting.Watchlists.Importing;
using Vetting.Watchlists.Updating;
using VettingService.Tests.EndToEnd.Support;

namespace VettingService.Tests.EndToEnd;

/// <summary>
/// The scheduled OFAC refresh through the running service (real Hangfire server) against a publisher that answers with
/// an HTML error page, then with half a file (after the service screened a meeting on the bundled version): each run fails visibly with its reason, the version in force stays, the
/// flags raised on it stand and no re-screen is queued. A good file afterwards activates and queues the re-screen.
/// </summary>
public sealed class ListUpdateFailureTests : IAsyncLifetime
{
    private static readonly string[] OfacFiles = ["SDN.CSV", "ALT.CSV", "ADD.CSV"];
    private readonly TempDirectory _data = new();
    private FakeZoomServer _zoom = null!; // set in InitializeAsync
    private ListPublisher _publisher = null!;
    private ServiceHarness _host = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string BundledOfac => Path.Combine(BundledWatchlists.Locate() ?? throw new InvalidOperationException("no bundled lists"), "ofac-sdn");

    public async ValueTask InitializeAsync()
    {
        _zoom = await FakeZoomServer.StartAsync(ZoomScenarios.Briefing(), cancellationToken: Ct);
        _publisher = await ListPublisher.StartAsync();
        var files = OfacFiles.ToDictionary(f => f, f => _publisher.Serve(f, File.ReadAllBytes(Path.Combine(BundledOfac, f))), StringComparer.Ordinal);
        var catalog = new WatchlistSourceCatalog(
        [
            new WatchlistSourceDefinition
            {
                Source = "ofac-sdn", Name = "OFAC SDN", Publisher = "OFAC", Format = WatchlistFormat.OfacCsv, Files = files, Licence = "public", CadenceHours = 24,
            },
        ]);
        _host = await ServiceHarness.StartAsync(_zoom, _data.Path, jobServer: true, configure: s => s.Replace(ServiceDescriptor.Singleton(catalog)));
    }

    public async ValueTask DisposeAsync()
    {
        await _host.DisposeAsync();
        await _publisher.DisposeAsync();
        await _zoom.DisposeAsync();
        _data.Dispose();
    }

    [Fact]
    public async Task Refresh_ErrorPageThenTruncatedFile_FailsVisiblyKeepsVersionAndFlags()
    {
        await _host.Get<DiscoveryJob>().RunAsync("Zoom", ServiceHarness.Account, Ct);
        await _host.Get<PullJob>().RunAccountAsync("Zoom", ServiceHarness.Account, Ct);
        var before = ActiveOfac();
        var flag = await _host.DecisionAsync(ZoomScenarios.Listed);
        Assert.Equal(DecisionKind.BlockProposed, flag?.Kind);
        var sdn = File.ReadAllBytes(Path.Combine(BundledOfac, "SDN.CSV"));

        _publisher.Serve("SDN.CSV", Encoding.UTF8.GetBytes("<!DOCTYPE html><html><body><h1>503 Service Unavailable</h1></body></html>"), "text/html");
        var errorPage = await RunRefreshThroughHangfireAsync();
        _publisher.Serve("SDN.CSV", sdn[..(sdn.Length / 3)]);
        var truncated = await RunRefreshThroughHangfireAsync();

        Assert.Contains("HTML", errorPage, StringComparison.Ordinal);
        Assert.Contains("refresh failed, the active version stays", truncated, StringComparison.Ordinal);
        Assert.Equal(before.VersionId, ActiveOfac().VersionId);
        Assert.Equal(flag, await _host.DecisionAsync(ZoomScenarios.Listed));
        Assert.DoesNotContain(_host.Get<JobStorage>().GetMonitoringApi().EnqueuedJobs("default", 0, 100), j => j.Value.Job?.Type == typeof(RescreenJob));

        var end = Array.LastIndexOf(sdn, (byte)0x1A) is var eof and >= 0 ? eof : sdn.Length; // OFAC ends with a DOS end-of-file byte
        _publisher.Serve("SDN.CSV", [.. sdn[..end], .. Encoding.ASCII.GetBytes("99001,\"BECKER, Anna\",\"individual\",\"UKRAINE-EO13660\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n")]);
        var status = await _host.Get<WatchlistRefreshJob>().RunAsync("ofac-sdn", Ct);

        Assert.Equal(ImportStatus.Activated, status);
        Assert.NotEqual(before.VersionId, ActiveOfac().VersionId);
        await Eventually.WaitAsync(async () => (await _host.DecisionAsync(ZoomScenarios.CleanToo))?.Kind == DecisionKind.Review, 30, "the re-screen");
    }

    private WatchlistVersion ActiveOfac() => Assert.Single(_host.Get<IWatchlistStore>().GetActiveVersions(), v => v.Source == "ofac-sdn");

    /// <summary>Queues the refresh on the service's Hangfire server and returns the failure it recorded.</summary>
    private async Task<string> RunRefreshThroughHangfireAsync()
    {
        var id = _host.Get<IBackgroundJobClient>().Enqueue<WatchlistRefreshJob>(j => j.RunAsync("ofac-sdn", CancellationToken.None));
        var monitoring = _host.Get<JobStorage>().GetMonitoringApi();
        string? failure = null;
        await Eventually.WaitAsync(() =>
        {
            failure = monitoring.JobDetails(id)?.History.FirstOrDefault(h => h.StateName == "Failed")?.Data is { } data && data.TryGetValue("ExceptionMessage", out var message) ? message : null;
            return Task.FromResult(failure is not null);
        }, 30, "the refresh job's failure");
        return failure!; // the wait ends only with a failure
    }
}
