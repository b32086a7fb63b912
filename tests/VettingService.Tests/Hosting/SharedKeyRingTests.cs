using System.Net;
using Vetting.Service.Auth;
using Vetting.Service.Hosting;
using Vetting.Testing;
using VettingService.Tests.Auth;
using VettingService.Tests.EndToEnd.Support;

namespace VettingService.Tests.Hosting;

/// <summary>
/// The data-protection key ring is kept with the data (here the embedded default's data folder): a session cookie one
/// instance issued is read by a second instance on the same data, and by nobody else.
/// </summary>
public sealed class SharedKeyRingTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SessionCookie_IssuedByOneHost_AcceptedBySecondHostOnSameDataOnly()
    {
        using var otherData = new TempDirectory();
        await using var bed = await ZoomTestBed.StartAsync();
        var first = await bed.StartHostAsync();
        var second = await bed.StartHostAsync();
        var stranger = await bed.StartHostAsync(dataDirectory: otherData.Path);
        using var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
        using var browser = new HttpClient(handler) { BaseAddress = first.BaseAddress };
        await FormSignIn.SignInAsync(browser, first.Get<LocalAccountStore>(), VettingRoles.Reviewer, "reviewer-one");
        var cookie = FormSignIn.SessionCookie(handler, first.BaseAddress);

        Assert.Equal(HttpStatusCode.OK, await MeAsync(first, cookie));
        Assert.Equal(HttpStatusCode.OK, await MeAsync(second, cookie));
        Assert.Equal(HttpStatusCode.Unauthorized, await MeAsync(stranger, cookie));
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(bed.DataPath, DataProtectionServiceCollectionExtensions.KeysFolder), "key-*.xml"));
    }

    [Fact]
    public async Task SessionCookie_AfterRestart_StillAccepted()
    {
        await using var bed = await ZoomTestBed.StartAsync();
        string cookie;
        await using (var before = await bed.StartHostAsync())
        {
            using var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
            using var browser = new HttpClient(handler) { BaseAddress = before.BaseAddress };
            await FormSignIn.SignInAsync(browser, before.Get<LocalAccountStore>(), VettingRoles.Viewer, "viewer-one");
            cookie = FormSignIn.SessionCookie(handler, before.BaseAddress);
        }

        var after = await bed.StartHostAsync();

        Assert.Equal(HttpStatusCode.OK, await MeAsync(after, cookie));
    }

    internal static async Task<HttpStatusCode> MeAsync(ServiceHarness host, string cookie)
    {
        using var client = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = host.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/auth/me", UriKind.Relative));
        request.Headers.Add("Cookie", "vetting-session=" + cookie);
        using var response = await client.SendAsync(request, Ct);
        return response.StatusCode;
    }
}
