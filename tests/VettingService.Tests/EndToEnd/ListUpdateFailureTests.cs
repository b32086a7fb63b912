using System.Text;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Vetting.Core.Vetting;
using Vetting.Core.Watchlists;
using Vetting.Service.Jobs;
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
public sealed class ListUpdateFailureTests
{
    private static readonly string[] OfacFiles = ["SDN.CSV", "ALT.CSV", "ADD.CSV"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string BundledOfac => Path.Combine(BundledWatchlists.Locate() ?? throw new InvalidOperationException("no bundled lists"), "ofac-sdn");

    [Fact]
    public async Task Refresh_ErrorPageThenTruncatedFile_FailsVisiblyKeepsVersionAndFlags()
    {
        await using var publisher = await ListPublisher.StartAsync();
        await using var bed = await ZoomTestBed.StartAsync(); // disposed first: the host stops before the publisher
        var host = await bed.StartHostAsync(jobServer: true, configure: s => s.Replace(ServiceDescriptor.Singleton(OfacOnlyFrom(publisher))));

        await host.Get<DiscoveryJob>().RunAsync("Zoom", ServiceHarness.Account, Ct);
        await host.Get<PullJob>().RunAccountAsync("Zoom", ServiceHarness.Account, Ct);
        var before = ActiveOfac(host);
        var flag = await host.DecisionAsync(ZoomScenarios.Listed);
        Assert.Equal(DecisionKind.BlockProposed, flag?.Kind);
        var sdn = File.ReadAllBytes(Path.Combine(BundledOfac, "SDN.CSV"));

        publisher.Serve("SDN.CSV", Encoding.UTF8.GetBytes("<!DOCTYPE html><html><body><h1>503 Service Unavailable</h1></body></html>"), "text/html");
        var errorPage = await RunRefreshThroughHangfireAsync(host);
        publisher.Serve("SDN.CSV", sdn[..(sdn.Length / 3)]);
        var truncated = await RunRefreshThroughHangfireAsync(host);

        Assert.Contains("HTML", errorPage, StringComparison.Ordinal);
        Assert.Contains("refresh failed, the active version stays", truncated, StringComparison.Ordinal);
        Assert.Equal(before.VersionId, ActiveOfac(host).VersionId);
        Assert.Equal(flag, await host.DecisionAsync(ZoomScenarios.Listed));
        Assert.DoesNotContain(host.Get<JobStorage>().GetMonitoringApi().EnqueuedJobs("default", 0, 100), j => j.Value.Job?.Type == typeof(RescreenJob));

        var end = Array.LastIndexOf(sdn, (byte)0x1A) is var eof and >= 0 ? eof : sdn.Length; // OFAC ends with a DOS end-of-file byte
        publisher.Serve("SDN.CSV", [.. sdn[..end], .. Encoding.ASCII.GetBytes("99001,\"BECKER, Anna\",\"individual\",\"UKRAINE-EO13660\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n")]);
        var status = await host.Get<WatchlistRefreshJob>().RunAsync("ofac-sdn", Ct);

        Assert.Equal(ImportStatus.Activated, status);
        Assert.NotEqual(before.VersionId, ActiveOfac(host).VersionId);
        await Eventually.WaitAsync(async () => (await host.DecisionAsync(ZoomScenarios.CleanToo))?.Kind == DecisionKind.Review, 30, "the re-screen");
    }

    /// <summary>A catalogue with only the OFAC SDN source, whose files <paramref name="publisher"/> serves (the bundled version to begin with).</summary>
    private static WatchlistSourceCatalog OfacOnlyFrom(ListPublisher publisher)
    {
        var files = OfacFiles.ToDictionary(f => f, f => publisher.Serve(f, File.ReadAllBytes(Path.Combine(BundledOfac, f))), StringComparer.Ordinal);
        return new WatchlistSourceCatalog(
        [
            new WatchlistSourceDefinition
            {
                Source = "ofac-sdn", Name = "OFAC SDN", Publisher = "OFAC", Format = WatchlistFormat.OfacCsv, Files = files, Licence = "public", CadenceHours = 24,
            },
        ]);
    }

    private static WatchlistVersion ActiveOfac(ServiceHarness host) => Assert.Single(host.Get<IWatchlistStore>().GetActiveVersions(), v => v.Source == "ofac-sdn");

    /// <summary>Queues the refresh on the service's Hangfire server and returns the failure it recorded.</summary>
    private static async Task<string> RunRefreshThroughHangfireAsync(ServiceHarness host)
    {
        var id = host.Get<IBackgroundJobClient>().Enqueue<WatchlistRefreshJob>(j => j.RunAsync("ofac-sdn", CancellationToken.None));
        var monitoring = host.Get<JobStorage>().GetMonitoringApi();
        string? failure = null;
        await Eventually.WaitAsync(() =>
        {
            failure = monitoring.JobDetails(id)?.History.FirstOrDefault(h => h.StateName == "Failed")?.Data is { } data && data.TryGetValue("ExceptionMessage", out var message) ? message : null;
            return Task.FromResult(failure is not null);
        }, 30, "the refresh job's failure");
        return failure!; // the wait ends only with a failure
    }
}
