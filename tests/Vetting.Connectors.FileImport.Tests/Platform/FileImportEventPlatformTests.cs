using System.Net;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Vetting.Connectors.FileImport.Platform;
using Vetting.Connectors.FileImport.Tests.Reading;
using Vetting.Core.Platforms;
using Vetting.Testing;

namespace Vetting.Connectors.FileImport.Tests.Platform;

/// <summary>
/// The file-import "platform": events from configuration, registrants re-read from the export on every pull, decisions
/// written to a status file the organiser carries out; applying an action twice changes nothing the second time.
/// </summary>
public sealed class FileImportEventPlatformTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private readonly TempDirectory _folder = new();
    private readonly FakeLogger<FileImportEventPlatform> _log = new();
    private readonly FileImportOptions _options;
    private readonly FileImportEventPlatform _platform;

    public FileImportEventPlatformTests()
    {
        var export = CsvFile.Write(_folder, "id,first_name,last_name,email\nr1,Anna,Becker,anna@example.org\nr2,Serhii,Aksonov,\nr1,Twice,Listed,\nr4,,,\n");
        _options = new FileImportOptions { StatusDirectory = _folder.File("status") };
        _options.Events["briefing"] = new FileImportEventOptions { Account = "secretariat", Path = export, Topic = "Briefing", StartUtc = Now.AddDays(3) };
        _options.Events["past"] = new FileImportEventOptions { Account = "secretariat", Path = export, StartUtc = Now.AddDays(-3) };
        _options.Events["other"] = new FileImportEventOptions { Account = "elsewhere", Path = export };
        _platform = new FileImportEventPlatform(Options.Create(_options), new FakeTimeProvider(Now), _log);
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static PlatformEventRef Briefing => new("secretariat", PlatformKind.FileImport, PlatformEventKind.Meeting, "briefing");

    public void Dispose()
    {
        _platform.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public async Task DiscoverEvents_Account_UpcomingEventsOfThatAccountOnly()
    {
        var events = await _platform.DiscoverEventsAsync("secretariat", Ct).ToListAsync(Ct);

        var only = Assert.Single(events);
        Assert.Equal((Briefing, "Briefing", RegistrationApproval.Manual), (only.Ref, only.Topic, only.Approval));
        Assert.Equal(["elsewhere", "secretariat"], _platform.Accounts.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ListRegistrants_ExportWithDuplicateAndEmptyRows_EachIdOncePendingAndSkipsLogged()
    {
        var registrants = await _platform.ListRegistrantsAsync(Briefing, Ct).ToListAsync(Ct);

        Assert.Equal(["r1", "r2"], registrants.Select(r => r.ExternalId));
        Assert.All(registrants, r => Assert.Equal(RegistrantStatus.Pending, r.Status));
        Assert.Equal("Anna", registrants[0].FirstName);
        Assert.Equal(2, _log.Collector.GetSnapshot().Count(r => r.Id.Id == 4100));
        Assert.DoesNotContain(_log.Collector.GetSnapshot(), r => r.Message.Contains("Twice", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Apply_DenyThenAgain_WrittenOnceAndSeenOnNextPull()
    {
        PlatformAction[] actions = [new(PlatformActionKind.Deny, "r2", "k-deny"), new(PlatformActionKind.Approve, "r1", "k-approve")];

        var first = await _platform.ApplyAsync(Briefing, actions, Ct);
        var statusFile = Directory.GetFiles(_options.StatusDirectory!).Single();
        var written = File.GetLastWriteTimeUtc(statusFile);
        var second = await _platform.ApplyAsync(Briefing, actions, Ct);
        var registrants = await _platform.ListRegistrantsAsync(Briefing, Ct).ToListAsync(Ct);

        Assert.All(first, o => Assert.Equal(PlatformActionResult.Applied, o.Result));
        Assert.All(second, o => Assert.Equal(PlatformActionResult.AlreadyApplied, o.Result));
        Assert.Equal(written, File.GetLastWriteTimeUtc(statusFile));
        Assert.Equal([RegistrantStatus.Approved, RegistrantStatus.Denied], registrants.Select(r => r.Status));
        Assert.Contains("\"r2\":\"Denied\"", await File.ReadAllTextAsync(statusFile, Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Apply_RegistrantNotInExport_NotEnforceable()
    {
        var outcome = Assert.Single(await _platform.ApplyAsync(Briefing, [new(PlatformActionKind.Cancel, "r4", "k")], Ct));

        Assert.Equal(PlatformActionResult.NotEnforceable, outcome.Result);
    }

    [Fact]
    public async Task Apply_UnknownEventOrWrongAccount_NotFound()
    {
        var wrongAccount = Briefing with { Account = "elsewhere" };

        var error = await Assert.ThrowsAsync<PlatformApiException>(() => _platform.ApplyAsync(wrongAccount, [new(PlatformActionKind.Deny, "r2", "k")], Ct));

        Assert.True(error.IsNotFound);
        Assert.Equal(HttpStatusCode.NotFound, error.StatusCode);
    }

    [Fact]
    public async Task ListRegistrants_DamagedStatusFile_ClearErrorAndFileKept()
    {
        await _platform.ApplyAsync(Briefing, [new(PlatformActionKind.Deny, "r2", "k")], Ct);
        var statusFile = Directory.GetFiles(_options.StatusDirectory!).Single();
        await File.WriteAllTextAsync(statusFile, "{\"r2\": \"Den", Ct);

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => _platform.ListRegistrantsAsync(Briefing, Ct).ToListAsync(Ct).AsTask());

        Assert.Contains("damaged", error.Message, StringComparison.Ordinal);
        Assert.Equal("{\"r2\": \"Den", await File.ReadAllTextAsync(statusFile, Ct));
    }
}
