using Microsoft.Extensions.Options;
using Vetting.Core.Platforms;
using Vetting.Core.Workflow;
using Vetting.Service.Jobs;

namespace Vetting.Service.Hosting;

/// <summary>
/// The start-up step after the database is ready and before the web server and the Hangfire server start: bundled lists,
/// the demo event (discovered, pulled and screened so its flags show at once), and the recurring jobs.
/// </summary>
internal sealed partial class VettingStartup(
    IServiceProvider services,
    IConfiguration configuration,
    IOptions<JobsOptions> jobs,
    ILogger<VettingStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        BundledListsLoader.Load(services, logger, cancellationToken);
        if (configuration.GetValue(DemoEvent.EnabledKey, true))
        {
            await ScreenDemoAsync(cancellationToken);
        }

        var registrar = services.GetRequiredService<RecurringJobsRegistrar>();
        registrar.Register();
        if (jobs.Value.Server)
        {
            registrar.QueueStartupDiscovery();
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task ScreenDemoAsync(CancellationToken cancellationToken)
    {
        var platforms = services.GetRequiredService<PlatformDirectory>();
        if (platforms.Find(PlatformKind.FileImport, DemoEvent.Account) is null)
        {
            return;
        }

        try
        {
            var discovered = await services.GetRequiredService<EventDiscoveryService>().DiscoverAsync(PlatformKind.FileImport, DemoEvent.Account, cancellationToken);
            var pulls = services.GetRequiredService<RegistrantPullService>();
            foreach (var eventId in discovered.EventIds)
            {
                if (await pulls.PullEventAsync(eventId, cancellationToken) is { } pulled)
                {
                    LogDemoScreened(logger, eventId, pulled.Registrants, pulled.NewFlags.Count);
                }
            }
        }
        catch (Exception ex) when (ex is InvalidOperationException or InvalidDataException or IOException)
        {
            // No active list, or a damaged sample: the service still starts; the demo is just not there.
            LogDemoFailed(logger, ex.GetType().Name, ex.Message);
        }
    }

    [LoggerMessage(6001, LogLevel.Information, "Demo event {EventId} screened: {Registrants} registrants, {NewFlags} new flags")]
    private static partial void LogDemoScreened(ILogger logger, Guid eventId, int registrants, int newFlags);

    [LoggerMessage(6002, LogLevel.Warning, "The demo event could not be screened ({ErrorType}: {Problem}); the service starts without it")]
    private static partial void LogDemoFailed(ILogger logger, string errorType, string problem);
}
