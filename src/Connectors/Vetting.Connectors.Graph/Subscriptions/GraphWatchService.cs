using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Vetting.Connectors.Graph.Configuration;

namespace Vetting.Connectors.Graph.Subscriptions;

/// <summary>
/// Runs <see cref="GraphWatcher"/> in a host: a pass every <see cref="GraphConnectorOptions.WatchInterval"/>, or at once
/// when a lifecycle notification arrives; deletes the subscriptions at shutdown. Off when <c>WatchEnabled</c> is false.
/// </summary>
internal sealed class GraphWatchService(
    GraphWatcher watcher,
    IOptions<GraphConnectorOptions> options,
    TimeProvider time,
    ILogger<GraphWatchService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.WatchEnabled)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await watcher.RunOnceAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
#pragma warning disable CA1031 // A failed pass must not end the watch; the next pass retries. Logged with the type only.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                Log.WatchPassFailed(logger, ex);
            }

            using var wake = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            var delay = Task.Delay(options.Value.WatchInterval, time, wake.Token);
            var signal = watcher.WaitForSignalAsync(wake.Token).AsTask();
            await Task.WhenAny(delay, signal);
            await wake.CancelAsync();
            await Task.WhenAll(delay, signal).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        if (options.Value.WatchEnabled)
        {
            try
            {
                await watcher.StopAllAsync(cancellationToken);
            }
            catch (Exception ex) when (ex is Vetting.Core.Platforms.PlatformApiException or Vetting.Core.Platforms.PlatformThrottledException
                or HttpRequestException or OperationCanceledException)
            {
                Log.WatchPassFailed(logger, ex);
            }
        }
    }
}
