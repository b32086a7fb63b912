using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Timeout;
using Vetting.Connectors.Zoom.Api;
using Vetting.Connectors.Zoom.Auth;
using Vetting.Connectors.Zoom.Configuration;
using Vetting.Connectors.Zoom.Platform;
using Vetting.Connectors.Zoom.Throttling;
using Vetting.Connectors.Zoom.Webhooks;
using Vetting.Core.Platforms;

namespace Vetting.Connectors.Zoom;

/// <summary>Registers the Zoom connector.</summary>
public static class ServiceCollectionExtensions
{
    /// <summary>
    /// Adds the Zoom connector: options from <c>Connectors:Zoom</c> validated at start, one API and one OAuth
    /// <see cref="HttpClient"/> per configured account (standard resilience handler for 5xx, then token, then rate
    /// limits), <see cref="IEventPlatform"/> and <see cref="ZoomWebhookReceiver"/>. Webhook notices go to every
    /// registered <see cref="IRegistrationEventSink"/>.
    /// </summary>
    public static IServiceCollection AddZoomConnector(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        if (services.Any(d => d.ServiceType == typeof(ZoomAccountRegistry)))
        {
            return services;
        }

        var section = configuration.GetSection(ZoomConnectorOptions.SectionName);
        services.AddOptions<ZoomConnectorOptions>().Bind(section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ZoomConnectorOptions>, ZoomConnectorOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ZoomAccountRegistry>();
        services.TryAddSingleton<ZoomTokenClient>();
        services.TryAddSingleton<ZoomTokenCache>();
        services.TryAddSingleton<ZoomApiClientFactory>();
        services.TryAddSingleton<ZoomActionApplier>();
        services.TryAddSingleton<ZoomReplayCache>();
        services.TryAddSingleton<ZoomWebhookDispatcher>();
        services.TryAddSingleton(sp => new ZoomWebhookReceiver(
            sp.GetRequiredService<ZoomAccountRegistry>(),
            sp.GetRequiredService<ZoomReplayCache>(),
            sp.GetRequiredService<ZoomWebhookDispatcher>(),
            sp.GetRequiredService<IOptions<ZoomConnectorOptions>>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<ZoomWebhookReceiver>>()));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IEventPlatform, ZoomEventPlatform>());
        foreach (var account in section.GetSection("Accounts").GetChildren())
        {
            AddAccountClients(services, account.Key);
        }

        return services;
    }

    private static void AddAccountClients(IServiceCollection services, string account)
    {
        services.AddHttpClient(ZoomAccount.OAuthClientName(account))
            .AddStandardResilienceHandler()
            .Configure(ConfigureResilience);

        var api = services.AddHttpClient(ZoomAccount.ApiClientName(account));
        api.AddStandardResilienceHandler().Configure(ConfigureResilience);
        api.AddHttpMessageHandler(sp => new ZoomAuthHandler(
            sp.GetRequiredService<ZoomAccountRegistry>().Get(account),
            sp.GetRequiredService<ZoomTokenCache>(),
            sp.GetRequiredService<ILogger<ZoomAuthHandler>>()));
        api.AddHttpMessageHandler(sp => new ZoomThrottleHandler(
            sp.GetRequiredService<ZoomAccountRegistry>().Get(account),
            sp.GetRequiredService<IOptions<ZoomConnectorOptions>>().Value,
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<ZoomThrottleHandler>>()));
    }

    /// <summary>
    /// 5xx, 408 and dropped connections are retried with exponential back-off and jitter; 429 is not (the throttle
    /// handler inside owns it). Timeouts follow the options so in-process rate-limit waits fit in one attempt.
    /// </summary>
    private static void ConfigureResilience(HttpStandardResilienceOptions resilience, IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<ZoomConnectorOptions>>().Value;
        resilience.Retry.MaxRetryAttempts = options.ServerErrorMaxRetries;
        resilience.Retry.Delay = options.ServerErrorRetryDelay;
        resilience.Retry.BackoffType = DelayBackoffType.Exponential;
        resilience.Retry.UseJitter = true;
        resilience.Retry.ShouldHandle = args => ValueTask.FromResult(IsServerFault(args.Outcome));
        resilience.CircuitBreaker.ShouldHandle = args => ValueTask.FromResult(IsServerFault(args.Outcome));
        resilience.AttemptTimeout.Timeout = options.AttemptTimeout;
        var backoff = options.ServerErrorRetryDelay * (Math.Pow(2, options.ServerErrorMaxRetries + 1) - 1);
        resilience.TotalRequestTimeout.Timeout = options.AttemptTimeout * (options.ServerErrorMaxRetries + 1) + backoff + TimeSpan.FromSeconds(10);
        var sampling = options.AttemptTimeout * 2;
        resilience.CircuitBreaker.SamplingDuration = sampling > TimeSpan.FromSeconds(30) ? sampling : TimeSpan.FromSeconds(30);
    }

    private static bool IsServerFault(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Result: { } response } => (int)response.StatusCode >= 500 || response.StatusCode == HttpStatusCode.RequestTimeout,
        { Exception: HttpRequestException or TimeoutRejectedException } => true,
        _ => false,
    };
}
