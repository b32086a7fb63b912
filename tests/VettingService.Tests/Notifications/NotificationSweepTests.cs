using Vetting.Core.Vetting;
using Vetting.Core.Workflow;
using Vetting.Service.Notifications;
using VettingService.Tests.Api;

namespace VettingService.Tests.Notifications;

/// <summary>
/// The sweep the notification job runs: each new flag announced once, a digest before the final check, an escalation
/// when the final check left flags open; running it again sends nothing more (the sends are recorded in the audit log).
/// </summary>
public sealed class NotificationSweepTests : IAsyncLifetime
{
    private SmtpCapture _smtp = null!;
    private ApiHost _host = null!;
    private ApiScenario _scenario = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _smtp = SmtpCapture.Start();
        _host = await ApiHost.StartAsync(_smtp.Settings("reviewer@secretariat.example"), importLists: false);
        _scenario = new ApiScenario(_host);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.DisposeAsync();
        await _smtp.DisposeAsync();
    }

    [Fact]
    public async Task Run_NewFlag_AnnouncedOnceAcrossRunsAndRecorded()
    {
        var vettedEvent = await _scenario.EventAsync(startsIn: TimeSpan.FromDays(10));
        var (_, flag) = await _scenario.FlaggedAsync(vettedEvent.Id);
        var sweep = _host.Get<ReviewerNotificationSweep>();

        var first = await sweep.RunAsync(Ct);
        var second = await sweep.RunAsync(Ct);
        var (_, later) = await _scenario.FlaggedAsync(vettedEvent.Id, "Oleksandr", "Sydorenko");
        var third = await sweep.RunAsync(Ct);

        Assert.Equal((1, 0, 0), (first.NewFlagMessages, first.Digests, first.Escalations));
        Assert.Equal(NotificationSweepResult.None, second);
        Assert.Equal(1, third.NewFlagMessages);
        Assert.Equal(2, _smtp.Messages.Count);
        Assert.DoesNotContain($"/review/{flag.Id:D}", _smtp.Messages[1].Text, StringComparison.Ordinal);
        Assert.Contains($"/review/{later.Id:D}", _smtp.Messages[1].Text, StringComparison.Ordinal);
        var record = Assert.Single(await _host.Get<IAuditLog>().ListForSubjectAsync(NotificationLedger.SubjectType, NotificationLedger.NewFlagKey(flag.Id), Ct));
        Assert.Equal(AuditKind.NotificationSent, record.Kind);
    }

    [Fact]
    public async Task Run_FinalCheckWithinDigestLead_OneDigest()
    {
        var soon = await _scenario.EventAsync(startsIn: TimeSpan.FromHours(2));
        await _scenario.RegistrantAsync(soon.Id);
        var later = await _scenario.EventAsync(startsIn: TimeSpan.FromDays(3));
        await _scenario.RegistrantAsync(later.Id);
        var sweep = _host.Get<ReviewerNotificationSweep>();

        var first = await sweep.RunAsync(Ct);
        var second = await sweep.RunAsync(Ct);

        Assert.Equal(1, first.Digests);
        Assert.Equal(0, second.Digests);
        var digest = Assert.Single(_smtp.Messages);
        Assert.Contains($"/events/{soon.Id:D}", digest.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_FinalCheckLeftFlagOpen_EscalatedOnce()
    {
        var vettedEvent = await _scenario.EventAsync(startsIn: TimeSpan.FromMinutes(30));
        var (_, flag) = await _scenario.FlaggedAsync(vettedEvent.Id);
        var sweep = _host.Get<ReviewerNotificationSweep>();
        await sweep.RunAsync(Ct); // the new flag
        var lists = new ListVersionSet([KeyValuePair.Create("ofac-sdn", "0001-20260301T000000Z")]);
        await _host.Get<IFinalCheckStore>().RecordFinalCheckAsync(
            new NewFinalCheck(vettedEvent.Id, FinalCheckService.KeyFor(vettedEvent.Id, vettedEvent.StartUtc), 1, 1, 0, lists, ApiHost.Start), Ct);

        var first = await sweep.RunAsync(Ct);
        var second = await sweep.RunAsync(Ct);

        Assert.Equal((0, 0, 1), (first.NewFlagMessages, first.Digests, first.Escalations));
        Assert.Equal(NotificationSweepResult.None, second);
        var escalation = _smtp.Messages[^1];
        Assert.Contains("head@secretariat.example", escalation.EnvelopeTo);
        Assert.Contains($"/review/{flag.Id:D}", escalation.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_NotificationsOff_SendsNothing()
    {
        await using var quiet = await ApiHost.StartAsync(importLists: false);
        var scenario = new ApiScenario(quiet);
        var vettedEvent = await scenario.EventAsync(startsIn: TimeSpan.FromHours(2));
        await scenario.FlaggedAsync(vettedEvent.Id);

        var result = await quiet.Get<ReviewerNotificationSweep>().RunAsync(Ct);

        Assert.Equal(NotificationSweepResult.None, result);
        Assert.Empty(_smtp.Messages);
    }
}
