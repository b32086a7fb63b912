using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;
using Polly;
using Polly.Timeout;
using Vetting.Connectors.Graph.Api;
using Vetting.Connectors.Graph.Configuration;
using Vetting.Connectors.Graph.Http;
using Vetting.Connectors.Graph.Platform;
using Vetting.Connectors.Graph.Subscriptions;
using Vetting.Connectors.Graph.Webhooks;
using Vetting.Core.Platforms;

namespace Vetting.Connectors.Graph;

/// <summary>Registers the Microsoft Graph (Teams webinars and town halls) connector.</summary>
public static class ServiceCollectionExtensions
{
    private static readonly TimeSpan ConnectionLifetime = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Adds the Graph connector: options from <c>Connectors:MicrosoftGraph</c> validated at start; per tenant an app-only
    /// credential and a Graph client (connection retries and timeouts, then the SDK's middleware with a bounded retry
    /// handler, then <see cref="GraphResponseGuard"/>); <see cref="IEventPlatform"/>; <see cref="GraphNotificationReceiver"/>
    /// for <c>MapGraphNotifications</c>; and the background watch (subscriptions, renewal, polling). Notices go to every
    /// registered <see cref="IRegistrationEventSink"/>.
    /// </summary>
    public static IServiceCollection AddGraphConnector(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        if (services.Any(d => d.ServiceType == typeof(GraphTenantRegistry)))
        {
            return services;
        }

        var section = configuration.GetSection(GraphConnectorOptions.SectionName);
        services.AddOptions<GraphConnectorOptions>().Bind(section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<GraphConnectorOptions>, GraphConnectorOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<GraphTenantRegistry>();
        services.TryAddSingleton<GraphApiFactory>();
        services.TryAddSingleton<GraphActionApplier>();
        services.TryAddSingleton<GraphEventPlatform>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IEventPlatform, GraphEventPlatform>(sp => sp.GetRequiredService<GraphEventPlatform>()));
        services.TryAddSingleton<GraphSubscriptionRegistry>();
        services.TryAddSingleton<GraphNoticePublisher>();
        services.TryAddSingleton<GraphNotificationDispatcher>();
        services.TryAddSingleton<GraphWatcher>();
        services.TryAddSingleton(sp => new GraphNotificationReceiver(
            sp.GetRequiredService<GraphSubscriptionRegistry>(),
            sp.GetRequiredService<GraphTenantRegistry>(),
            sp.GetRequiredService<GraphNotificationDispatcher>(),
            sp.GetRequiredService<GraphWatcher>(),
            sp.GetRequiredService<ILogger<GraphNotificationReceiver>>()));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, GraphWatchService>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, GraphNotificationPump>());
        foreach (var tenant in section.GetSection("Tenants").GetChildren())
        {
            AddTenantClients(services, tenant.Key);
        }

        return services;
    }

    private static void AddTenantClients(IServiceCollection services, string tenant)
    {
        // Request URLs can hold a UPN: the factory's own request logging stays off; GraphResponseGuard logs masked routes.
        services.AddHttpClient(GraphTenant.IdentityClientName(tenant))
            .RemoveAllLoggers()
            .ConfigurePrimaryHttpMessageHandler(static () => Primary(autoRedirect: true));

        var api = services.AddHttpClient(GraphTenant.ApiClientName(tenant))
            .RemoveAllLoggers()
            // The resilience pipeline owns every timeout (style §2); HttpClient's own 100 s would cut it short.
            .ConfigureHttpClient(client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(static () => Primary(autoRedirect: false)); // The SDK's redirect handler follows redirects.
        api.AddResilienceHandler("graph", (builder, context) => ConfigureResilience(builder, context.ServiceProvider));
        api.ConfigureAdditionalHttpMessageHandlers((handlers, sp) =>
        {
            var options = sp.GetRequiredService<IOptions<GraphConnectorOptions>>().Value;
            foreach (var handler in Microsoft.Graph.GraphClientFactory.CreateDefaultHandlers())
            {
                handlers.Add(handler is RetryHandler
                    ? new RetryHandler(new RetryHandlerOption { MaxRetry = options.MaxRetries, Delay = options.RetryDelaySeconds })
                    : handler);
            }

            handlers.Add(new GraphResponseGuard(tenant, options, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<GraphResponseGuard>>()));
        });
    }

    private static SocketsHttpHandler Primary(bool autoRedirect) => new SocketsHttpHandler
    {
        AllowAutoRedirect = autoRedirect,
        AutomaticDecompression = DecompressionMethods.All,
        PooledConnectionLifetime = ConnectionLifetime,
    };

    /// <summary>
    /// Outside the SDK: a total timeout, retries of dropped connections and attempt timeouts only (the SDK's retry handler
    /// owns 429/503/504: one retry layer per cause), and a timeout per SDK call that covers the SDK's own waits.
    /// </summary>
    private static void ConfigureResilience(ResiliencePipelineBuilder<HttpResponseMessage> builder, IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<GraphConnectorOptions>>().Value;
        builder.TimeProvider = services.GetRequiredService<TimeProvider>();
        var backoff = TimeSpan.FromSeconds(Math.Pow(2, options.ConnectionRetries + 1) - 1);
        builder.AddTimeout(options.AttemptTimeout * (options.ConnectionRetries + 1) + backoff + TimeSpan.FromSeconds(10));
        if (options.ConnectionRetries > 0)
        {
            builder.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = options.ConnectionRetries,
                Delay = TimeSpan.FromSeconds(1),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is HttpRequestException or TimeoutRejectedException),
            });
        }

        builder.AddTimeout(options.AttemptTimeout);
    }
}
