using Hangfire;
using Vetting.Core.Vetting;
using Vetting.Service.Jobs;
using Vetting.Testing;
using Vetting.Testing.FakeZoom;
using VettingService.Tests.EndToEnd.Support;
using VettingService.Tests.Notifications;

namespace VettingService.Tests.EndToEnd;

/// <summary>
/// A pull over the fake Zoom raises flags; once they are committed the pull queues the notification job, which mails
/// the reviewers through a real SMTP server, once, with links and no names.
/// </summary>
public sealed class NotificationTests : IAsyncLifetime
{
    private readonly TempDirectory _data = new();
    private FakeZoomServer _zoom = null!; // set in InitializeAsync
    private SmtpCapture _smtp = null!;
    private ServiceHarness _host = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _zoom = await FakeZoomServer.StartAsync(ZoomScenarios.Briefing(), cancellationToken: Ct);
        _smtp = SmtpCapture.Start();
        _host = await ServiceHarness.StartAsync(_zoom, _data.Path, extraSettings: _smtp.Settings("reviewer@secretariat.example"));
    }

    public async ValueTask DisposeAsync()
    {
        await _host.DisposeAsync();
        await _smtp.DisposeAsync();
        await _zoom.DisposeAsync();
        _data.Dispose();
    }

    [Fact]
    public async Task PullJob_RaisesFlags_QueuesNotificationThatMailsReviewersOnce()
    {
        await _host.Get<DiscoveryJob>().RunAsync("Zoom", ServiceHarness.Account, Ct);
        await _host.Get<PullJob>().RunAccountAsync("Zoom", ServiceHarness.Account, Ct);

        var queued = _host.Get<JobStorage>().GetMonitoringApi().EnqueuedJobs("default", 0, 100);
        Assert.Contains(queued, j => j.Value.Job?.Type == typeof(NotificationJob));
        await _host.Get<NotificationJob>().RunAsync(Ct);
        await _host.Get<NotificationJob>().RunAsync(Ct); // a retried or repeated run
        await _host.Get<PullJob>().RunAccountAsync("Zoom", ServiceHarness.Account, Ct);
        await _host.Get<NotificationJob>().RunAsync(Ct);

        var mail = Assert.Single(_smtp.Messages);
        var flags = await _host.Get<IDecisionStore>().ListOpenFlagsAsync((await _host.EventAsync()).Id, Ct);
        Assert.Equal(2, flags.Count);
        Assert.All(flags, f => Assert.Contains($"/review/{f.Id:D}", mail.Text, StringComparison.Ordinal));
        Assert.Contains("Partner briefing", mail.Subject, StringComparison.Ordinal);
        foreach (var personal in new[] { "Aksonov", "Serhii", "s.aksonov@example.net", "Hrytsenko", "rk.gov.ru", "Seitablaiev" })
        {
            Assert.DoesNotContain(personal, mail.All, StringComparison.OrdinalIgnoreCase);
        }
    }
}
