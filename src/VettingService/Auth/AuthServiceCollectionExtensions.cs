using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Vetting.Service.Auth;

internal static class AuthServiceCollectionExtensions
{
    /// <summary>
    /// Adds sign-in (local accounts under <paramref name="dataDirectory"/>/auth, or OpenID Connect), session cookies,
    /// API keys, the role policies, anti-forgery and the first-run setup token. Options: <c>Vetting:Auth</c>, checked at start.
    /// </summary>
    public static IServiceCollection AddVettingAuth(this IServiceCollection services, IConfiguration configuration, string dataDirectory)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentException.ThrowIfNullOrWhiteSpace(dataDirectory);
        var section = configuration.GetSection(VettingAuthOptions.SectionName);
        services.AddOptionsWithValidateOnStart<VettingAuthOptions, VettingAuthOptionsValidator>().Bind(section);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<VettingAuthOptions>, VettingAuthOptionsRules>());
        var settings = section.Get<VettingAuthOptions>() ?? new VettingAuthOptions();

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new LocalAccountStore(Path.Combine(dataDirectory, "auth"), sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<SetupToken>();
        services.TryAddSingleton<SignInThrottle>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, FirstRunSetup>());

        var authentication = services
            .AddAuthentication(VettingSchemes.Default)
            .AddPolicyScheme(VettingSchemes.Default, "Cookie or API key", options => options.ForwardDefaultSelector =
                context => context.Request.Headers.ContainsKey(settings.ApiKeyHeader) ? VettingSchemes.ApiKey : VettingSchemes.Cookie)
            .AddCookie(VettingSchemes.Cookie, options => ConfigureCookie(options, settings))
            .AddScheme<ApiKeyAuthenticationOptions, ApiKeyAuthenticationHandler>(VettingSchemes.ApiKey, options => options.HeaderName = settings.ApiKeyHeader);
        if (settings.Mode == AuthMode.Oidc)
        {
            authentication.AddOpenIdConnect(VettingSchemes.Oidc, options => ConfigureOidc(options, settings.Oidc));
        }

        services.AddOptions<CookieAuthenticationOptions>(VettingSchemes.Cookie).Configure<TimeProvider>((options, time) => options.TimeProvider = time);
        services.AddOptions<ApiKeyAuthenticationOptions>(VettingSchemes.ApiKey).Configure<TimeProvider>((options, time) => options.TimeProvider = time);
        services.AddAuthorizationBuilder()
            .AddPolicy(VettingRoles.ViewerPolicy, policy => policy.RequireAuthenticatedUser().RequireRole(VettingRoles.AtLeast(VettingRoles.Viewer)))
            .AddPolicy(VettingRoles.ReviewerPolicy, policy => policy.RequireAuthenticatedUser().RequireRole(VettingRoles.AtLeast(VettingRoles.Reviewer)))
            .AddPolicy(VettingRoles.AdminPolicy, policy => policy.RequireAuthenticatedUser().RequireRole(VettingRoles.AtLeast(VettingRoles.Admin)));
        services.AddAntiforgery(options =>
        {
            options.HeaderName = "X-CSRF-TOKEN";
            options.Cookie.Name = "vetting-antiforgery";
            options.Cookie.SameSite = SameSiteMode.Strict;
        });
        return services;
    }

    /// <summary>Authentication, authorization and anti-forgery, in that order. Call after routing, before the endpoints.</summary>
    public static IApplicationBuilder UseVettingAuth(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.UseAuthentication().UseAuthorization().UseAntiforgery();
    }

    private static void ConfigureCookie(CookieAuthenticationOptions options, VettingAuthOptions settings)
    {
        options.Cookie.Name = "vetting-session";
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Lax;
        options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        options.ExpireTimeSpan = TimeSpan.FromMinutes(settings.SessionMinutes);
        options.SlidingExpiration = false;
        options.LoginPath = "/auth/login";
        options.LogoutPath = "/auth/logout";
        options.AccessDeniedPath = "/auth/denied";
        options.Events.OnRedirectToLogin = context => Answer(context, StatusCodes.Status401Unauthorized);
        options.Events.OnRedirectToAccessDenied = context => Answer(context, StatusCodes.Status403Forbidden);
    }

    /// <summary>API callers get a status code; browsers get redirected to the page.</summary>
    private static Task Answer(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        var path = context.Request.Path;
        if (path.StartsWithSegments("/api") || path.StartsWithSegments("/openapi") || path.StartsWithSegments("/auth/me"))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }

    private static void ConfigureOidc(OpenIdConnectOptions options, VettingOidcOptions oidc)
    {
        options.SignInScheme = VettingSchemes.Cookie;
        options.Authority = oidc.Authority;
        options.ClientId = oidc.ClientId;
        options.ClientSecret = oidc.ClientSecret;
        options.CallbackPath = oidc.CallbackPath;
        options.ResponseType = "code";
        options.UsePkce = true;
        options.SaveTokens = false;
        options.MapInboundClaims = false;
        options.RequireHttpsMetadata = oidc.RequireHttpsMetadata;
        options.Scope.Clear();
        options.Scope.Add("openid");
        options.Scope.Add("profile");
        options.Events.OnTokenValidated = context =>
        {
            var problem = "the provider returned no principal";
            var mapped = context.Principal is { } external ? OidcPrincipalMapper.Map(external, oidc, out problem) : null;
            if (mapped is null)
            {
                var logger = context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(OidcPrincipalMapper));
                AuthLog.OidcRefused(logger, problem);
                context.Fail(problem);
                return Task.CompletedTask;
            }

            context.Principal = mapped;
            return Task.CompletedTask;
        };
    }
}
