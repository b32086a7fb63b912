using System.Net;
using System.Text.Json;
using Vetting.Testing;
using VettingService.Tests.EndToEnd.Support;

namespace VettingService.Tests.Auth;

/// <summary>
/// OpenID Connect mode on the real service host against a provider on a socket: the authorization-code flow with PKCE
/// signs a user in with the role from the configured claim; a user without a role, or whose id is an e-mail address, gets
/// no session; local passwords are switched off.
/// </summary>
public sealed class OidcSignInTests : IAsyncLifetime
{
    private readonly TempDirectory _data = new();
    private FakeOidcProvider _provider = null!; // set in InitializeAsync
    private ServiceHarness _host = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _provider = await FakeOidcProvider.StartAsync();
        _host = await ServiceHarness.StartAsync(null, _data.Path, extraSettings: new Dictionary<string, string?>
        {
            ["Vetting:Auth:Mode"] = "Oidc",
            ["Vetting:Auth:Oidc:Authority"] = _provider.Issuer,
            ["Vetting:Auth:Oidc:ClientId"] = FakeOidcProvider.ClientId,
            ["Vetting:Auth:Oidc:ClientSecret"] = FakeOidcProvider.ClientSecret,
            ["Vetting:Auth:Oidc:RequireHttpsMetadata"] = "false",
        });
    }

    public async ValueTask DisposeAsync()
    {
        await _host.DisposeAsync();
        await _provider.DisposeAsync();
        _data.Dispose();
    }

    [Fact]
    public async Task SignIn_ProviderGrantsReviewer_SessionWithMappedIdAndRole()
    {
        var browser = new Browser(_host.BaseAddress);

        var landing = await browser.SignInThroughProviderAsync("/review");
        using var me = await browser.GetAsync(new Uri(_host.BaseAddress, "/auth/me"));
        using var body = JsonDocument.Parse(await me.Content.ReadAsStringAsync(Ct));

        Assert.Equal(new Uri(_host.BaseAddress, "/review"), landing);
        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        Assert.Equal("oidc-user-123", body.RootElement.GetProperty("userId").GetString());
        Assert.Equal("reviewer", body.RootElement.GetProperty("role").GetString());
        Assert.Equal("Rev Iewer", body.RootElement.GetProperty("name").GetString());
        Assert.Equal(0, _provider.RefusedTokenRequests);
    }

    [Theory]
    [InlineData("user-456", "guest")]
    [InlineData("someone@example.org", "admin")]
    public async Task SignIn_NoKnownRoleOrEmailAsId_NoSession(string subject, string role)
    {
        _provider.NextUser = new FakeOidcProvider.OidcUser(subject, "Some One", [role]);
        var browser = new Browser(_host.BaseAddress);

        await browser.SignInThroughProviderAsync("/");
        using var me = await browser.GetAsync(new Uri(_host.BaseAddress, "/auth/me"));

        Assert.False(browser.Has("vetting-session"));
        Assert.Equal(HttpStatusCode.Unauthorized, me.StatusCode);
    }

    [Fact]
    public async Task LocalPassword_InOidcMode_NotOffered()
    {
        var browser = new Browser(_host.BaseAddress);

        using var post = await browser.PostFormAsync(new Uri(_host.BaseAddress, "/auth/login"), new Dictionary<string, string> { ["userName"] = "admin", ["password"] = "x" });

        Assert.NotEqual(HttpStatusCode.Redirect, post.StatusCode);
        Assert.False(browser.Has("vetting-session"));
    }

    /// <summary>
    /// Follows redirects by hand and keeps cookies itself: the handler's correlation and nonce cookies are marked Secure,
    /// which a cookie container would not send over the test's plain http.
    /// </summary>
    private sealed class Browser(Uri service)
    {
        private readonly Dictionary<string, string> _cookies = new(StringComparer.Ordinal);

        public bool Has(string cookie) => _cookies.ContainsKey(cookie);

        /// <summary>Login page → provider → callback; returns where the service finally sends the browser.</summary>
        public async Task<Uri?> SignInThroughProviderAsync(string returnUrl)
        {
            var next = new Uri(service, "/auth/login?returnUrl=" + Uri.EscapeDataString(returnUrl));
            for (var hop = 0; hop < 5; hop++)
            {
                using var response = await GetAsync(next);
                if (response.StatusCode != HttpStatusCode.Redirect || response.Headers.Location is not { } location)
                {
                    return null;
                }

                next = location.IsAbsoluteUri ? location : new Uri(service, location);
                if (next.Authority == service.Authority && !next.AbsolutePath.StartsWith("/signin-oidc", StringComparison.Ordinal)
                                                        && !next.AbsolutePath.StartsWith("/auth/", StringComparison.Ordinal))
                {
                    return next;
                }
            }

            return null;
        }

        public Task<HttpResponseMessage> GetAsync(Uri url) => SendAsync(new HttpRequestMessage(HttpMethod.Get, url));

        public Task<HttpResponseMessage> PostFormAsync(Uri url, Dictionary<string, string> form) =>
            SendAsync(new HttpRequestMessage(HttpMethod.Post, url) { Content = new FormUrlEncodedContent(form) });

        private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request)
        {
            using var client = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false });
            if (request.RequestUri?.Authority == service.Authority && _cookies.Count > 0)
            {
                request.Headers.Add("Cookie", string.Join("; ", _cookies.Select(c => $"{c.Key}={c.Value}")));
            }

            var response = await client.SendAsync(request, Ct);
            request.Dispose();
            if (response.RequestMessage?.RequestUri?.Authority == service.Authority && response.Headers.TryGetValues("Set-Cookie", out var set))
            {
                foreach (var cookie in set)
                {
                    var pair = cookie.Split(';')[0].Split('=', 2);
                    if (pair[1].Length == 0 || cookie.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase))
                    {
                        _cookies.Remove(pair[0]);
                    }
                    else
                    {
                        _cookies[pair[0]] = pair[1];
                    }
                }
            }

            return response;
        }
    }
}
