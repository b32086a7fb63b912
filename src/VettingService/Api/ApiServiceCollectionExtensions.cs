using System.Text.Json.Serialization;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Vetting.Service.Api.Lists;
using Vetting.Service.Api.Review;
using Vetting.Service.Api.Screening;
using Vetting.Service.Api.Settings;

namespace Vetting.Service.Api;

internal static class ApiServiceCollectionExtensions
{
    /// <summary>
    /// Adds the REST API's services, its OpenAPI document (<c>/openapi/v1.json</c>), ProblemDetails and JSON settings
    /// (enums as names, missing required fields refused). Options: <c>Vetting:Api</c>, checked at start. Needs the
    /// vetting stores (<c>AddVettingData</c>), the watchlists (<c>AddWatchlists</c>), <c>AddVettingAuth</c> and
    /// <c>AddVettingNotifications</c> and the workflow (<c>AddVettingWorkflow</c>: reviews, screening index).
    /// </summary>
    public static IServiceCollection AddVettingApi(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptionsWithValidateOnStart<VettingApiOptions, VettingApiOptionsValidator>()
            .Bind(configuration.GetSection(VettingApiOptions.SectionName));
        services.AddProblemDetails();
        services.AddOpenApi("v1");
        services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
            options.SerializerOptions.RespectNullableAnnotations = true;
            options.SerializerOptions.RespectRequiredConstructorParameters = true;
        });
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<EventOverview>();
        services.TryAddSingleton<ReviewQueue>();
        services.TryAddSingleton<RegistrantViews>();
        services.TryAddSingleton<ReviewActions>();
        services.TryAddSingleton<AdHocScreening>();
        services.TryAddSingleton<EntityLookup>();
        services.TryAddSingleton<WatchlistAdministration>();
        services.TryAddSingleton<WatchlistOverview>();
        services.TryAddSingleton<VersionComparison>();
        services.TryAddSingleton<AccessAdministration>();
        return services;
    }
}
