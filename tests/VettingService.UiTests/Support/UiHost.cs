using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Vetting.Core.Vetting;
using Vetting.Service.Auth;
using Vetting.Service.Hosting;
using Vetting.Service.Jobs;
using Vetting.Testing;
using Vetting.Testing.FakeZoom;

namespace VettingService.UiTests.Support;

/// <summary>
/// The real service host (<see cref="VettingApp"/>, bundled lists, SQLite in a temp folder) on a loopback port with the
/// fake Zoom behind it, and one headless Chromium. Tests register people on the fake Zoom, run the pull, and drive the UI
/// as a user of a given role. Shared by the assembly; the tests run one at a time.
/// </summary>
public sealed class UiHost : IAsyncLifetime
{
    public const string Password = "correct horse battery staple";

    private readonly TempDirectory _data = new();
    private readonly TimeProvider? _time;
    private (IPlaywright Playwright, IBrowser Browser)? _browser;
    private WebApplication? _app;
    private FakeZoomServer? _zoom;

    public UiHost()
    {
    }

    /// <summary>A host on <paramref name="time"/> (session expiry tests move it).</summary>
    internal UiHost(TimeProvider time) => _time = time;

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public FakeZoomServer Zoom => _zoom ?? throw new InvalidOperationException("not started");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _zoom = await FakeZoomServer.StartAsync(UiScenario.Create(DateTimeOffset.UtcNow), cancellationToken: Ct);
        var account = _zoom.Scenario.Accounts[0];
        var prefix = $"Connectors:Zoom:Accounts:{UiScenario.Account}:";
        var builder = VettingApp.CreateBuilder(new VettingHostOptions
        {
            DataDirectory = _data.Path,
            Urls = "http://127.0.0.1:0",
            EnvironmentName = "Testing",
            Settings = new Dictionary<string, string?>
            {
                [prefix + "AccountId"] = account.AccountId,
                [prefix + "ClientId"] = account.ClientId,
                [prefix + "ClientSecret"] = account.ClientSecret,
                [prefix + "WebhookSecretToken"] = account.WebhookSecretToken,
                [prefix + "Plan"] = account.Plan,
                [prefix + "OAuthBaseUrl"] = _zoom.OAuthBaseUrl,
                [prefix + "ApiBaseUrl"] = _zoom.ApiBaseUrl,
                ["Vetting:Demo:Enabled"] = "false",
                ["Vetting:Jobs:Server"] = "false",
                ["Vetting:Jobs:WatchlistRefresh"] = "false",
                ["Vetting:Jobs:NoticeDelay"] = "00:00:00",
                ["Logging:LogLevel:Default"] = "Warning",
            },
        });
        if (_time is not null)
        {
            builder.Services.AddSingleton(_time);
        }

        _app = VettingApp.Build(builder);
        await _app.StartAsync(Ct);
        BaseAddress = new Uri(_app.Urls.First().Replace("[::]", IPAddress.Loopback.ToString(), StringComparison.Ordinal) + "/");
        await Get<DiscoveryJob>().RunAsync("Zoom", UiScenario.Account, Ct);
        await PullAsync();
        _browser = await Browser.LaunchAsync();
        Assertions.SetDefaultExpectTimeout(15_000);
    }

    public T Get<T>()
        where T : notnull => (_app ?? throw new InvalidOperationException("not started")).Services.GetRequiredService<T>();

    /// <summary>Registers people on the fake Zoom meeting and pulls: they are stored, screened and decided as in production.</summary>
    public async Task RegisterAsync(params FakeZoomRegistrant[] people)
    {
        foreach (var person in people)
        {
            Zoom.AddRegistrant(UiScenario.MeetingId, person);
        }

        await PullAsync();
    }

    public Task PullAsync() => Get<PullJob>().RunAccountAsync("Zoom", UiScenario.Account, Ct);

    public Task EnforceAsync() => Get<EnforcementJob>().RunAsync("Zoom", UiScenario.Account, Ct);

    public async Task<VettedEvent> MeetingAsync() =>
        await Get<IEventStore>().FindEventAsync(
            new Vetting.Core.Platforms.PlatformEventRef(UiScenario.Account, Vetting.Core.Platforms.PlatformKind.Zoom,
                Vetting.Core.Platforms.PlatformEventKind.Meeting, UiScenario.MeetingId.ToString(System.Globalization.CultureInfo.InvariantCulture)), Ct)
        ?? throw new InvalidOperationException("the meeting was not discovered");

    public async Task<VettedRegistrant> RegistrantAsync(string externalId) =>
        await Get<IRegistrantStore>().FindRegistrantAsync((await MeetingAsync()).Id, externalId, Ct)
        ?? throw new InvalidOperationException($"registrant {externalId} was not stored");

    public async Task<VettingDecision> DecisionAsync(string externalId) =>
        (await RegistrantAsync(externalId)).CurrentDecisionId is { } id
            ? (await Get<IDecisionStore>().GetDecisionAsync(id, Ct))!
            : throw new InvalidOperationException($"registrant {externalId} has no decision");

    /// <summary>Creates a local user of <paramref name="role"/> and returns its name.</summary>
    public string CreateUser(string role)
    {
        var userName = role + "-" + Guid.NewGuid().ToString("N")[..6];
        Get<LocalAccountStore>().CreateUser(userName, role, Password, 12, "ui-test-setup");
        return userName;
    }

    /// <summary>A new browser context at <paramref name="width"/>×<paramref name="height"/>, signed in through the form as a new user of <paramref name="role"/>.</summary>
    public async Task<IPage> SignInAsync(string role, int width = 1280, int height = 800) =>
        await SignInAsAsync(CreateUser(role), width, height);

    public async Task<IPage> SignInAsAsync(string userName, int width = 1280, int height = 800)
    {
        var page = await NewPageAsync(width, height);
        await page.GotoAsync("/auth/login");
        await page.GetByLabel("User name").FillAsync(userName);
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(BaseAddress.ToString());
        return page;
    }

    /// <summary>A new browser context (no cookies) with the base URL set. Requires the browser (skips or fails without it).</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 800)
    {
        Browser.Require(_browser is not null);
        var context = await _browser!.Value.Browser.NewContextAsync(new BrowserNewContextOptions // not null: required above
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "en-GB",
        });
        // Generous limits: the build machine is shared, and a first page render compiles and warms caches.
        context.SetDefaultTimeout(60_000);
        return await context.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is { } browser)
        {
            await browser.Browser.DisposeAsync();
            browser.Playwright.Dispose();
        }

        if (_app is not null)
        {
            await _app.StopAsync(CancellationToken.None);
            await _app.DisposeAsync();
        }

        if (_zoom is not null)
        {
            await _zoom.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _data.Dispose();
    }
}
