using Vetting.Service.Notifications;
using VettingService.Tests.Api;

namespace VettingService.Tests.Notifications;

/// <summary>
/// Reviewer mail over a real SMTP conversation (MailKit to an in-process SmtpServer): the messages arrive at the
/// configured reviewers and carry links and counts, never a registrant's name or address.
/// </summary>
public sealed class ReviewerNotifierTests : IAsyncLifetime
{
    private const string Reviewer = "reviewer@secretariat.example";
    private SmtpCapture _smtp = null!;
    private ApiHost _host = null!;
    private ApiScenario _scenario = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _smtp = SmtpCapture.Start();
        var settings = _smtp.Settings(Reviewer);
        settings["Vetting:Notifications:AccountReviewers:osce:0"] = "osce-desk@secretariat.example";
        _host = await ApiHost.StartAsync(settings, importLists: false);
        _scenario = new ApiScenario(_host);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.DisposeAsync();
        await _smtp.DisposeAsync();
    }

    [Fact]
    public async Task NotifyNewFlags_TwoFlags_OneMessageToEventReviewersWithLinksOnly()
    {
        var vettedEvent = await _scenario.EventAsync("Human dimension <b>meeting</b>\r\nBcc: victim@example.org");
        var (_, first) = await _scenario.FlaggedAsync(vettedEvent.Id, "Ivan", "Petrov");
        var (_, second) = await _scenario.FlaggedAsync(vettedEvent.Id, "Oleksandr", "Sydorenko");

        var sent = await _host.Get<IReviewerNotifier>().NotifyNewFlagsAsync(vettedEvent.Id, [first.Id, second.Id], Ct);

        var mail = Assert.Single(_smtp.Messages);
        Assert.Equal(2, sent);
        Assert.Equal(["osce-desk@secretariat.example", Reviewer], mail.EnvelopeTo.Order(StringComparer.Ordinal));
        Assert.Contains($"https://vetting.example.org/review/{first.Id:D}", mail.Text, StringComparison.Ordinal);
        Assert.Contains($"https://vetting.example.org/review/{second.Id:D}", mail.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("victim@example.org", string.Join(',', mail.EnvelopeTo), StringComparison.Ordinal);
        AssertNoPersonalData(mail);
    }

    [Fact]
    public async Task SendDigest_OpenFlag_CountsAndLinkToTheFlag()
    {
        var vettedEvent = await _scenario.EventAsync();
        var (_, flag) = await _scenario.FlaggedAsync(vettedEvent.Id);
        await _scenario.RegistrantAsync(vettedEvent.Id, "Lenur", "Seitablaiev", "lenur@example.org");

        await _host.Get<IReviewerNotifier>().SendDigestAsync(vettedEvent.Id, Ct);

        var mail = Assert.Single(_smtp.Messages);
        Assert.Contains("Digest: 1 open flag", mail.Subject, StringComparison.Ordinal);
        Assert.Contains("Registrants: 2", mail.Text, StringComparison.Ordinal);
        Assert.Contains($"/review/{flag.Id:D}", mail.Text, StringComparison.Ordinal);
        AssertNoPersonalData(mail);
        Assert.DoesNotContain("Seitablaiev", mail.All, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task EscalateUnresolved_OpenFlag_GoesToReviewersAndEscalationRecipients()
    {
        var vettedEvent = await _scenario.EventAsync();
        var (_, flag) = await _scenario.FlaggedAsync(vettedEvent.Id);

        var sent = await _host.Get<IReviewerNotifier>().EscalateUnresolvedAsync(vettedEvent.Id, Ct);

        var mail = Assert.Single(_smtp.Messages);
        Assert.Equal(3, sent);
        Assert.Contains("head@secretariat.example", mail.EnvelopeTo);
        Assert.StartsWith("[Vetting] ESCALATION", mail.Subject, StringComparison.Ordinal);
        Assert.Contains($"/review/{flag.Id:D}", mail.Text, StringComparison.Ordinal);
        AssertNoPersonalData(mail);
    }

    [Fact]
    public async Task EscalateUnresolved_NoOpenFlag_SendsNothing()
    {
        var vettedEvent = await _scenario.EventAsync();
        await _scenario.RegistrantAsync(vettedEvent.Id);

        var sent = await _host.Get<IReviewerNotifier>().EscalateUnresolvedAsync(vettedEvent.Id, Ct);

        Assert.Equal(0, sent);
        Assert.Empty(_smtp.Messages);
    }

    [Fact]
    public async Task NotifyNewFlags_RelayDown_ThrowsSoTheJobRetries()
    {
        var vettedEvent = await _scenario.EventAsync();
        var (_, flag) = await _scenario.FlaggedAsync(vettedEvent.Id);
        await _smtp.DisposeAsync();

        await Assert.ThrowsAnyAsync<System.Net.Sockets.SocketException>(
            () => _host.Get<IReviewerNotifier>().NotifyNewFlagsAsync(vettedEvent.Id, [flag.Id], Ct));
    }

    /// <summary>The seeded registrants' names and addresses (ApiScenario) appear nowhere in the message.</summary>
    private static void AssertNoPersonalData(SmtpCapture.CapturedMail mail)
    {
        foreach (var secret in new[] { "Petrov", "Ivan", "Sydorenko", "ivan.petrov@example.org", "Example Institute", "PETROV" })
        {
            Assert.DoesNotContain(secret, mail.All, StringComparison.OrdinalIgnoreCase);
        }
    }
}
