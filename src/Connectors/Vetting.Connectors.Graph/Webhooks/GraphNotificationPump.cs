using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Vetting.Connectors.Graph.Api;
using Vetting.Connectors.Graph.Platform;
using Vetting.Connectors.Graph.Subscriptions;
using Vetting.Core.Platforms;

namespace Vetting.Connectors.Graph.Webhooks;

/// <summary>
/// Turns queued, verified changes into <see cref="RegistrationNotice"/>s for screening. Notifications carry only the
/// registration's id (graph-api.md §9), so an <c>updated</c> one is followed by a GET to name the change; when that read
/// fails the notice still goes out as <see cref="RegistrationChange.Created"/> (look again), since the sink re-reads the
/// registrant anyway. A failing sink is logged with ids; polling or the next full pull covers it.
/// </summary>
internal sealed class GraphNotificationPump(
    GraphNotificationDispatcher dispatcher,
    GraphApiFactory apis,
    GraphNoticePublisher publisher,
    TimeProvider time,
    ILogger<GraphNotificationPump> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var change in dispatcher.ReadAllAsync(stoppingToken))
            {
                await HandleAsync(change, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Host stopping.
        }
    }

    internal async Task HandleAsync(GraphChange change, CancellationToken cancellationToken)
    {
        var eventRef = change.Subscription.Event;
        try
        {
            var kind = change.ChangeType == "created" ? RegistrationChange.Created : await ClassifyAsync(change, cancellationToken);
            await publisher.PublishAsync(new RegistrationNotice(eventRef, change.RegistrationId, kind, time.GetUtcNow()), cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // One failing notice must not stop the pump; logged with ids.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            Log.SinkFailed(logger, ex, change.RegistrationId, eventRef.ToString());
        }
    }

    private async Task<RegistrationChange> ClassifyAsync(GraphChange change, CancellationToken cancellationToken)
    {
        var eventRef = change.Subscription.Event;
        try
        {
            var registration = await apis.For(change.Subscription.Tenant)
                .GetRegistrationAsync(eventRef.Kind, eventRef.ExternalId, change.RegistrationId, cancellationToken);
            return registration is null
                ? RegistrationChange.Cancelled
                : GraphNoticePublisher.ChangeFor(GraphRegistrantMapper.MapStatus(registration.Status));
        }
        catch (Exception ex) when (ex is PlatformApiException or PlatformThrottledException or HttpRequestException)
        {
            Log.ClassifyFailed(logger, change.RegistrationId, eventRef.ToString(), ex.GetType().Name);
            return RegistrationChange.Created;
        }
    }
}
