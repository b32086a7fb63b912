using System.Net;
using Vetting.Service.Auth;
using VettingService.Tests.Api;

namespace VettingService.Tests.Auth;

/// <summary>Signs a client in through the login form, as a browser does (anti-forgery token first).</summary>
internal static class FormSignIn
{
    public const string Password = "correct horse battery staple";

    /// <summary>Creates a local user of <paramref name="role"/> in <paramref name="accounts"/> and signs <paramref name="client"/> in.</summary>
    public static async Task SignInAsync(HttpClient client, LocalAccountStore accounts, string role, string userName)
    {
        accounts.CreateUser(userName, role, Password, 12, "test-setup");
        var token = await ApiHost.AntiforgeryAsync(client);
        var login = await client.PostAsync(new Uri("/auth/login", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["userName"] = userName,
            ["password"] = Password,
            ["returnUrl"] = "/",
            [token.FormFieldName] = token.Token,
        }), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
    }

    /// <summary>The session cookie a signed-in client holds for <paramref name="address"/>.</summary>
    public static string SessionCookie(HttpClientHandler handler, Uri address) =>
        handler.CookieContainer.GetCookies(address)["vetting-session"]?.Value ?? throw new InvalidOperationException("not signed in");
}
