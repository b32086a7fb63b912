using System.Net;
using Vetting.Service.Auth;
using Vetting.Testing;
using Vetting.Testing.FakeZoom;
using VettingService.Tests.EndToEnd.Support;

namespace VettingService.Tests.Auth;

/// <summary>The Hangfire dashboard (job arguments, failures, retries) is for admins only, on the real service host.</summary>
public sealed class HangfireDashboardTests : IAsyncLifetime
{
    private readonly TempDirectory _data = new();
    private FakeZoomServer _zoom = null!; // set in InitializeAsync
    private ServiceHarness _host = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _zoom = await FakeZoomServer.StartAsync(ZoomScenarios.Briefing(), cancellationToken: Ct);
        _host = await ServiceHarness.StartAsync(_zoom, _data.Path);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.DisposeAsync();
        await _zoom.DisposeAsync();
        _data.Dispose();
    }

    [Theory]
    [InlineData(null, HttpStatusCode.Unauthorized)]
    [InlineData(VettingRoles.Viewer, HttpStatusCode.Forbidden)]
    [InlineData(VettingRoles.Reviewer, HttpStatusCode.Forbidden)]
    [InlineData(VettingRoles.Admin, HttpStatusCode.OK)]
    public async Task Dashboard_ByRole_OnlyAdminsSeeIt(string? role, HttpStatusCode expected)
    {
        using var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
        using var browser = new HttpClient(handler) { BaseAddress = _host.BaseAddress };
        if (role is not null)
        {
            await FormSignIn.SignInAsync(browser, _host.Get<LocalAccountStore>(), role, role + "-dash");
        }

        using var page = await browser.GetAsync(new Uri("/hangfire", UriKind.Relative), Ct);
        using var jobs = await browser.GetAsync(new Uri("/hangfire/jobs/enqueued", UriKind.Relative), Ct);

        Assert.Equal(expected, page.StatusCode);
        Assert.Equal(expected, jobs.StatusCode);
    }
}
