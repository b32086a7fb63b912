using Hangfire;
using Vetting.Core.Vetting;
using Vetting.Service.Jobs;
using VettingService.Tests.EndToEnd.Support;
using VettingService.Tests.Notifications;

namespace VettingService.Tests.EndToEnd;

/// <summary>
/// A pull over the fake Zoom raises flags; once they are committed the pull queues the notification job, which mails
/// the reviewers through a real SMTP server, once, with links and no names.
/// </summary>
public sealed class NotificationTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PullJob_RaisesFlags_QueuesNotificationThatMailsReviewersOnce()
    {
        await using var smtp = SmtpCapture.Start();
        await using var bed = await ZoomTestBed.StartAsync(); // disposed first: the host stops before the SMTP server
        var host = await bed.StartHostAsync(extraSettings: smtp.Settings("reviewer@secretariat.example"));

        await host.Get<DiscoveryJob>().RunAsync("Zoom", ServiceHarness.Account, Ct);
        await host.Get<PullJob>().RunAccountAsync("Zoom", ServiceHarness.Account, Ct);

        var queued = host.Get<JobStorage>().GetMonitoringApi().EnqueuedJobs("default", 0, 100);
        Assert.Contains(queued, j => j.Value.Job?.Type == typeof(NotificationJob));
        await host.Get<NotificationJob>().RunAsync(Ct);
        await host.Get<NotificationJob>().RunAsync(Ct); // a retried or repeated run
        await host.Get<PullJob>().RunAccountAsync("Zoom", ServiceHarness.Account, Ct);
        await host.Get<NotificationJob>().RunAsync(Ct);

        var mail = Assert.Single(smtp.Messages);
        var flags = await host.Get<IDecisionStore>().ListOpenFlagsAsync((await host.EventAsync()).Id, Ct);
        Assert.Equal(2, flags.Count);
        Assert.All(flags, f => Assert.Contains($"/review/{f.Id:D}", mail.Text, StringComparison.Ordinal));
        Assert.Contains("Partner briefing", mail.Subject, StringComparison.Ordinal);
        foreach (var personal in new[] { "Aksonov", "Serhii", "s.aksonov@example.net", "Hrytsenko", "rk.gov.ru", "Seitablaiev" })
        {
            Assert.DoesNotContain(personal, mail.All, StringComparison.OrdinalIgnoreCase);
        }
    }
}
