using System.Net;
using Hangfire;
using Vetting.Core.Vetting;
using Vetting.Service.Jobs;
using Vetting.Testing.FakeZoom;
using VettingService.Tests.EndToEnd.Support;

namespace VettingService.Tests.EndToEnd;

/// <summary>Registrations announced by Zoom's webhook: a real Hangfire server pulls and screens; forgeries queue nothing.</summary>
public sealed class WebhookTests : IDisposable
{
    private readonly HttpClient _http = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => _http.Dispose();

    [Fact]
    public async Task Webhook_NewRegistration_HangfireServerPullsScreensAndApproves()
    {
        await using var bed = await ZoomTestBed.StartAsync();
        var zoom = bed.Zoom;
        var host = await bed.StartHostAsync(jobServer: true);
        await WaitForAsync(() => zoom.StatusOf(ZoomScenarios.MeetingId, ZoomScenarios.Clean) == "approved", "the start-up discovery and pull");

        zoom.AddRegistrant(ZoomScenarios.MeetingId, ZoomScenarios.Registrant("zc-nariman", "Nariman", "Seitveliiev", "nariman@example.org", null));
        var response = await SendAsync(bed, host, "zc-nariman", signature: null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await WaitForAsync(() => zoom.StatusOf(ZoomScenarios.MeetingId, "zc-nariman") == "approved", "the webhook's pull");
        Assert.Equal(DecisionKind.Clear, (await host.DecisionAsync("zc-nariman"))?.Kind);
        Assert.Equal("pending", zoom.StatusOf(ZoomScenarios.MeetingId, ZoomScenarios.Listed));
        Assert.Equal(1, zoom.StatusChanges.Count(c => c.RegistrantId == "zc-nariman"));
    }

    [Fact]
    public async Task Webhook_ForgedSignature_RefusedAndNoJobQueued()
    {
        await using var bed = await ZoomTestBed.StartAsync();
        var host = await bed.StartHostAsync();
        var monitor = host.Get<JobStorage>().GetMonitoringApi();

        var forged = await SendAsync(bed, host, ZoomScenarios.Clean, signature: "v0=" + new string('0', 64));
        await Task.Delay(1000, Ct);
        var afterForgery = monitor.EnqueuedCount("default");
        var genuine = await SendAsync(bed, host, ZoomScenarios.Clean, signature: null);
        await WaitForAsync(() => monitor.EnqueuedCount("default") == 1, "the genuine notice's job");

        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
        Assert.Equal(0, afterForgery);
        Assert.Equal(HttpStatusCode.OK, genuine.StatusCode);
    }

    [Fact]
    public async Task Notice_UnknownMeeting_JobEndsQuietlyAndStoresNothing()
    {
        await using var bed = await ZoomTestBed.StartAsync();
        var host = await bed.StartHostAsync();

        await host.Get<PullJob>().OnNoticeAsync("Zoom", ServiceHarness.Account, "Meeting", "99999999", null, Ct);

        var unknown = ServiceHarness.Meeting with { ExternalId = "99999999" };
        Assert.Null(await host.Get<IEventStore>().FindEventAsync(unknown, Ct));
        Assert.NotNull(await host.Get<IEventStore>().FindEventAsync(ServiceHarness.Meeting, Ct));
        Assert.Empty(bed.Zoom.StatusChanges);
    }

    private async Task<HttpResponseMessage> SendAsync(ZoomTestBed bed, ServiceHarness host, string registrantId, string? signature)
    {
        var account = bed.Zoom.Scenario.Accounts[0];
        var now = TimeProvider.System.GetUtcNow();
        var body = FakeZoomWebhookSender.RegistrationEvent("meeting.registration_created", account.AccountId, ZoomScenarios.MeetingId, registrantId, now.ToUnixTimeMilliseconds());
        return await new FakeZoomWebhookSender(_http).SendAsync(
            new Uri(host.BaseAddress, "webhooks/zoom/" + ServiceHarness.Account), account.WebhookSecretToken, body, now.ToUnixTimeSeconds(), signature, Ct);
    }

    private static async Task WaitForAsync(Func<bool> condition, string what)
    {
        for (var attempt = 0; attempt < 600; attempt++)
        {
            if (condition())
            {
                return;
            }

            await Task.Delay(100, Ct);
        }

        throw new TimeoutException(what + " did not happen within a minute");
    }
}
