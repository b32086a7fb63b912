using System.Net;
using Vetting.Service.Auth;
using VettingService.Tests.Api;

namespace VettingService.Tests.Auth;

/// <summary>The first administrator on the embedded default: a one-time token in the data folder, then a password.</summary>
public sealed class FirstRunSetupTests : IAsyncLifetime
{
    private ApiHost _host = null!;

    public async ValueTask InitializeAsync() => _host = await ApiHost.StartAsync(importLists: false);

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task Setup_WithTheTokenFromTheDataFolder_CreatesAdminOnce()
    {
        var tokenFile = Path.Combine(_host.DataDirectory, "auth", "setup-token.txt");
        var token = (await File.ReadAllTextAsync(tokenFile, TestContext.Current.CancellationToken)).Trim();
        using var browser = _host.Anonymous();
        var form = await ApiHost.AntiforgeryAsync(browser);

        var wrong = await PostSetupAsync(browser, form, "not-the-token-0000000000", "admin", "a long admin password");
        var right = await PostSetupAsync(browser, form, token, "admin", "a long admin password");
        var me = await HttpAssert.ReadAsync<CurrentUser>(await browser.GetPathAsync("/auth/me"));
        using var other = _host.Anonymous();
        var again = await other.GetPathAsync("/auth/setup");

        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.Equal(VettingRoles.Admin, me.Role);
        Assert.False(File.Exists(tokenFile));
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.NotEqual("a long admin password", _host.Get<LocalAccountStore>().FindUser("admin")?.PasswordHash);
        Assert.DoesNotContain("a long admin password", await File.ReadAllTextAsync(Path.Combine(_host.DataDirectory, "auth", "accounts.json"), TestContext.Current.CancellationToken),
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task Setup_WithoutAntiforgeryToken_IsRefused()
    {
        var token = (await File.ReadAllTextAsync(Path.Combine(_host.DataDirectory, "auth", "setup-token.txt"), TestContext.Current.CancellationToken)).Trim();
        using var browser = _host.Anonymous();

        var response = await browser.PostAsync(new Uri("/auth/setup", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["token"] = token,
            ["userName"] = "admin",
            ["password"] = "a long admin password",
        }), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(_host.Get<LocalAccountStore>().HasAdmin());
    }

    private static Task<HttpResponseMessage> PostSetupAsync(HttpClient client, AntiforgeryTokenResponse form, string token, string userName, string password) =>
        client.PostAsync(new Uri("/auth/setup", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["token"] = token,
            ["userName"] = userName,
            ["password"] = password,
            [form.FormFieldName] = form.Token,
        }), TestContext.Current.CancellationToken);
}
