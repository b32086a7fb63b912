using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Vetting.Service.Auth;

/// <summary><c>/auth</c>: sign in and out, first-run setup, who am I, and the anti-forgery token for browser calls.</summary>
internal static class AuthEndpoints
{
    public static IEndpointRouteBuilder MapAuth(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/auth").WithTags("Auth");
        group.MapGet("/login", LoginPage).AllowAnonymous().ExcludeFromDescription();
        group.MapPost("/login", LoginAsync).AllowAnonymous().ExcludeFromDescription();
        group.MapPost("/logout", (Delegate)LogoutAsync).RequireAuthorization().AddEndpointFilter<CookieAntiforgeryFilter>().ExcludeFromDescription();
        group.MapGet("/setup", SetupPage).AllowAnonymous().ExcludeFromDescription();
        group.MapPost("/setup", SetupAsync).AllowAnonymous().ExcludeFromDescription();
        group.MapGet("/denied", () => TypedResults.Content(AuthPages.Denied(), "text/html; charset=utf-8", null, StatusCodes.Status403Forbidden))
            .AllowAnonymous().ExcludeFromDescription();
        group.MapGet("/me", Me).RequireAuthorization(VettingRoles.ViewerPolicy).WithSummary("The signed-in user's id, name and role");
        group.MapGet("/antiforgery", Antiforgery).AllowAnonymous()
            .WithSummary("An anti-forgery token for requests a signed-in browser sends (X-CSRF-TOKEN header)");
        return endpoints;
    }

    private static IResult LoginPage(HttpContext http, IAntiforgery antiforgery, IOptions<VettingAuthOptions> options, string? returnUrl)
    {
        var target = LocalUrl(returnUrl);
        if (options.Value.Mode == AuthMode.Oidc)
        {
            return TypedResults.Challenge(new AuthenticationProperties { RedirectUri = target }, [VettingSchemes.Oidc]);
        }

        var tokens = antiforgery.GetAndStoreTokens(http);
        return Html(AuthPages.Login(tokens.FormFieldName, tokens.RequestToken ?? "", target, null), StatusCodes.Status200OK);
    }

    private static async Task<IResult> LoginAsync(
        HttpContext http,
        IAntiforgery antiforgery,
        IOptions<VettingAuthOptions> options,
        LocalAccountStore accounts,
        SignInThrottle throttle,
        ILogger<LocalAccountStore> logger,
        [FromForm] string? userName,
        [FromForm] string? password,
        [FromForm] string? returnUrl)
    {
        if (options.Value.Mode != AuthMode.Local)
        {
            return TypedResults.NotFound();
        }

        var name = userName?.Trim() ?? "";
        var target = LocalUrl(returnUrl);
        var user = name.Length is > 0 and <= 64 && !throttle.IsLocked(name) && password is { Length: <= 256 }
            ? accounts.VerifyPassword(name, password)
            : null;
        if (user is null)
        {
            AuthLog.SignInFailed(logger, name.Length is > 0 and <= 64 ? throttle.Fail(name) : 0);
            var tokens = antiforgery.GetAndStoreTokens(http);
            return Html(AuthPages.Login(tokens.FormFieldName, tokens.RequestToken ?? "", target, "The user name or password is wrong, or the account is locked for a while."),
                StatusCodes.Status401Unauthorized);
        }

        throttle.Succeed(name);
        await http.SignInAsync(VettingSchemes.Cookie, VettingUser.Principal(user.UserName, user.UserName, user.Role));
        AuthLog.SignedIn(logger, user.UserName);
        return TypedResults.Redirect(target);
    }

    private static async Task<RedirectHttpResult> LogoutAsync(HttpContext http)
    {
        await http.SignOutAsync(VettingSchemes.Cookie);
        return TypedResults.Redirect("/auth/login");
    }

    private static IResult SetupPage(HttpContext http, IAntiforgery antiforgery, IOptions<VettingAuthOptions> options, LocalAccountStore accounts, SetupToken token)
    {
        if (options.Value.Mode != AuthMode.Local || accounts.HasAdmin())
        {
            return TypedResults.NotFound();
        }

        var tokens = antiforgery.GetAndStoreTokens(http);
        return Html(AuthPages.Setup(tokens.FormFieldName, tokens.RequestToken ?? "", token.EnsureIssued(), null), StatusCodes.Status200OK);
    }

    private static async Task<IResult> SetupAsync(
        HttpContext http,
        IAntiforgery antiforgery,
        IOptions<VettingAuthOptions> options,
        LocalAccountStore accounts,
        SetupToken setup,
        ILogger<LocalAccountStore> logger,
        [FromForm] string? userName,
        [FromForm] string? password,
        [FromForm(Name = "token")] string? setupToken)
    {
        if (options.Value.Mode != AuthMode.Local || accounts.HasAdmin())
        {
            return TypedResults.NotFound();
        }

        string? error = null;
        if (!setup.Verify(setupToken))
        {
            AuthLog.SetupTokenRefused(logger);
            error = "The setup token is wrong.";
        }
        else
        {
            try
            {
                var admin = accounts.CreateUser(userName ?? "", VettingRoles.Admin, password ?? "", options.Value.MinPasswordLength, "setup");
                setup.Consume();
                AuthLog.FirstAdminCreated(logger, admin.UserName);
                await http.SignInAsync(VettingSchemes.Cookie, VettingUser.Principal(admin.UserName, admin.UserName, admin.Role));
                return TypedResults.Redirect("/");
            }
            catch (AccountRuleException e)
            {
                error = e.Message;
            }
        }

        var tokens = antiforgery.GetAndStoreTokens(http);
        return Html(AuthPages.Setup(tokens.FormFieldName, tokens.RequestToken ?? "", setup.FilePath, error), StatusCodes.Status400BadRequest);
    }

    private static Ok<CurrentUser> Me(HttpContext http) => TypedResults.Ok(new CurrentUser(
        VettingUser.Id(http.User),
        http.User.Identity?.Name ?? "",
        VettingUser.Role(http.User),
        VettingUser.IsApiKey(http.User) ? "apiKey" : "session"));

    private static Ok<AntiforgeryTokenResponse> Antiforgery(HttpContext http, IAntiforgery antiforgery)
    {
        var tokens = antiforgery.GetAndStoreTokens(http);
        return TypedResults.Ok(new AntiforgeryTokenResponse(tokens.HeaderName ?? "X-CSRF-TOKEN", tokens.FormFieldName, tokens.RequestToken ?? ""));
    }

    /// <summary>Only paths on this site: anything else (other hosts, <c>//host</c>, <c>/\host</c>) becomes <c>/</c>.</summary>
    internal static string LocalUrl(string? url) =>
        url is { Length: > 0 and < 2048 } && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\')) && !url.Any(char.IsControl)
            ? url
            : "/";

    private static ContentHttpResult Html(string html, int status) => TypedResults.Content(html, "text/html; charset=utf-8", null, status);
}
