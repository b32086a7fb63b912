using System.Net;
using Vetting.Service.Auth;
using VettingService.Tests.EndToEnd.Support;

namespace VettingService.Tests.Auth;

/// <summary>The Hangfire dashboard (job arguments, failures, retries) is for admins only, on the real service host.</summary>
public sealed class HangfireDashboardTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(null, HttpStatusCode.Unauthorized)]
    [InlineData(VettingRoles.Viewer, HttpStatusCode.Forbidden)]
    [InlineData(VettingRoles.Reviewer, HttpStatusCode.Forbidden)]
    [InlineData(VettingRoles.Admin, HttpStatusCode.OK)]
    public async Task Dashboard_ByRole_OnlyAdminsSeeIt(string? role, HttpStatusCode expected)
    {
        await using var bed = await ZoomTestBed.StartAsync();
        var host = await bed.StartHostAsync();
        using var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
        using var browser = new HttpClient(handler) { BaseAddress = host.BaseAddress };
        if (role is not null)
        {
            await FormSignIn.SignInAsync(browser, host.Get<LocalAccountStore>(), role, role + "-dash");
        }

        using var page = await browser.GetAsync(new Uri("/hangfire", UriKind.Relative), Ct);
        using var jobs = await browser.GetAsync(new Uri("/hangfire/jobs/enqueued", UriKind.Relative), Ct);

        Assert.Equal(expected, page.StatusCode);
        Assert.Equal(expected, jobs.StatusCode);
    }
}
