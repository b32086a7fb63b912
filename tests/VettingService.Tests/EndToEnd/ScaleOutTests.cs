using System.Net;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Vetting.Core.Vetting;
using Vetting.Data;
using Vetting.Service.Auth;
using Vetting.Service.Jobs;
using VettingService.Tests.Auth;
using VettingService.Tests.EndToEnd.Support;
using VettingService.Tests.Health;
using VettingService.Tests.Hosting;

namespace VettingService.Tests.EndToEnd;

/// <summary>
/// Two service instances with running Hangfire servers on one real PostgreSQL (the vetting store and Hangfire's) and one
/// data folder, as the Kubernetes deployment runs them, against the fake Zoom: both queue the start-up discovery and
/// pulls, and more pulls are queued through both; every event and registrant is decided once and Zoom sees one change
/// per registrant. A session cookie issued by one instance is read by the other (key ring in the database).
/// </summary>
public sealed class ScaleOutTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TwoInstances_OnePostgres_EachRegistrantDecidedOnceAndActedOnOnce()
    {
        await using var database = await ScratchPostgresDatabase.CreateAsync(Ct);
        await using (var migrator = new ServiceCollection().AddLogging().AddVettingData(database.Options).BuildServiceProvider())
        {
            await migrator.GetRequiredService<VettingDatabase>().MigrateAsync(Ct);
        }

        var connectionString = database.Options.ConnectionString ?? throw new InvalidOperationException("no connection string");
        var settings = new Dictionary<string, string?>
        {
            ["Vetting:Database:Provider"] = "Postgres",
            ["Vetting:Database:ConnectionString"] = connectionString,
        };
        await using var bed = await ZoomTestBed.StartAsync();
        var zoom = bed.Zoom;
        var first = await bed.StartHostAsync(jobServer: true, extraSettings: settings);
        var second = await bed.StartHostAsync(jobServer: true, extraSettings: settings);

        await Eventually.WaitAsync(() => Task.FromResult(zoom.StatusOf(ZoomScenarios.MeetingId, ZoomScenarios.CleanToo) == "approved"
                                              && zoom.StatusOf(ZoomScenarios.MeetingId, ZoomScenarios.Clean) == "approved"), 60, "the start-up pulls");
        zoom.AddRegistrant(ZoomScenarios.MeetingId, ZoomScenarios.Registrant("zc-maria", "Maria", "Lopez", "m.lopez@example.org", "Universidad de Sevilla"));
        foreach (var host in new[] { first, second, first, second })
        {
            host.Get<IBackgroundJobClient>().Enqueue<PullJob>(j => j.RunAccountAsync("Zoom", ServiceHarness.Account, CancellationToken.None));
            host.Get<IBackgroundJobClient>().Enqueue<EnforcementJob>(j => j.RunAsync("Zoom", ServiceHarness.Account, CancellationToken.None));
        }

        await Eventually.WaitAsync(async () => zoom.StatusOf(ZoomScenarios.MeetingId, "zc-maria") == "approved" && await IdleAsync(first), 60, "the queued pulls");

        var statistics = first.Get<JobStorage>().GetMonitoringApi();
        Assert.Equal(2, statistics.Servers().Count);
        Assert.Equal(0, statistics.GetStatistics().Failed);
        var vettedEvent = Assert.Single(await first.Get<IEventStore>().ListEventsStartingAsync(DateTimeOffset.MinValue, DateTimeOffset.MaxValue, Ct));
        var registrants = await first.Get<IRegistrantStore>().ListRegistrantsAsync(vettedEvent.Id, Ct);
        Assert.Equal(5, registrants.Count);
        foreach (var registrant in registrants)
        {
            Assert.Single(await first.Get<IDecisionStore>().ListDecisionsAsync(registrant.Id, Ct));
        }

        var tally = Assert.Single(await first.Get<IVettingQueries>().TallyEventsAsync([vettedEvent.Id], Ct));
        Assert.Equal((3, 0, 0), (tally.Count(ActionState.Applied), tally.Count(ActionState.Pending), tally.Count(ActionState.Failed)));
        var changes = zoom.StatusChanges.Select(c => (c.RegistrantId, c.Changed)).Order().ToList();
        Assert.Equal([("zc-anna", true), ("zc-lenur", true), ("zc-maria", true)], changes);

        await AssertSessionSharedAsync(first, second, connectionString);
    }

    private static async Task AssertSessionSharedAsync(ServiceHarness first, ServiceHarness second, string connectionString)
    {
        using var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
        using var browser = new HttpClient(handler) { BaseAddress = first.BaseAddress };
        await FormSignIn.SignInAsync(browser, first.Get<LocalAccountStore>(), VettingRoles.Reviewer, "reviewer-scale");

        Assert.Equal(HttpStatusCode.OK, await SharedKeyRingTests.MeAsync(second, FormSignIn.SessionCookie(handler, first.BaseAddress)));
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(Ct);
        await using var count = new NpgsqlCommand("SELECT count(*) FROM \"DataProtectionKeys\"", connection);
        Assert.True((long)(await count.ExecuteScalarAsync(Ct))! >= 1); // count(*) is never null
    }

    private static async Task<bool> IdleAsync(ServiceHarness host)
    {
        await Task.Yield();
        var statistics = host.Get<JobStorage>().GetMonitoringApi().GetStatistics();
        return statistics is { Enqueued: 0, Processing: 0 };
    }
}
