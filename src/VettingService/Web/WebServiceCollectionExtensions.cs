using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Vetting.Service.Auth;
using Vetting.Service.Web.Review;

namespace Vetting.Service.Web;

/// <summary>
/// The reviewer's web UI: server-rendered Razor Pages under <c>Web/Pages</c>. Every page needs a signed-in role (viewer
/// to read); <c>/settings</c> needs an admin. Handlers that decide check the reviewer policy themselves
/// (<see cref="PageAuthorization"/>); Razor Pages validates the anti-forgery token of every form post.
/// </summary>
internal static class WebServiceCollectionExtensions
{
    public static IServiceCollection AddVettingWeb(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<PageAuthorization>();
        services.TryAddSingleton<Admin.AuditChainCheck>();
        services.TryAddSingleton<ReviewCaseLoader>();
        services.AddRazorPages(options =>
        {
            options.RootDirectory = "/Web/Pages";
            options.Conventions.AuthorizeFolder("/", VettingRoles.ViewerPolicy);
            options.Conventions.AuthorizeFolder("/Settings", VettingRoles.AdminPolicy);
            options.Conventions.ConfigureFilter(new SecurityHeadersFilter());
        }).ConfigureApplicationPartManager(AddOwnPages);
        return services;
    }

    /// <summary>
    /// The pages are compiled into this assembly. MVC finds them on its own only when this is the entry assembly, so a
    /// host started by a test process adds them here (once).
    /// </summary>
    private static void AddOwnPages(ApplicationPartManager manager)
    {
        var assembly = typeof(WebServiceCollectionExtensions).Assembly;
        if (manager.ApplicationParts.OfType<AssemblyPart>().Any(p => p.Assembly == assembly))
        {
            return;
        }

        foreach (var part in ApplicationPartFactory.GetApplicationPartFactory(assembly).GetApplicationParts(assembly))
        {
            manager.ApplicationParts.Add(part);
        }
    }

    /// <summary>Maps the pages and the stylesheet (anonymous: the sign-in page uses it too). Call after <c>UseVettingAuth</c>.</summary>
    public static IEndpointRouteBuilder MapVettingWeb(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapGet(SiteStylesheet.Path, SiteStylesheet.Serve).AllowAnonymous().ExcludeFromDescription();
        endpoints.MapRazorPages();
        return endpoints;
    }
}
