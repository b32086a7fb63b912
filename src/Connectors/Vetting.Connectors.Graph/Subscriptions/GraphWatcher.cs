using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Vetting.Connectors.Graph.Api;
using Vetting.Connectors.Graph.Configuration;
using Vetting.Connectors.Graph.Platform;
using Vetting.Core.Platforms;

namespace Vetting.Connectors.Graph.Subscriptions;

/// <summary>
/// Keeps every upcoming event of every tenant watched (graph-api.md §9): one subscription per event, renewed before its
/// one-day expiry, replaced when Graph removes it; polling when a subscription cannot be held (no NotificationUrl,
/// or Graph refuses it, as it may for town halls). Lifecycle signals from the receiver are handled on the next pass.
/// One pass at a time: <see cref="GraphWatchService"/> drives it, tests call <see cref="RunOnceAsync"/>.
/// </summary>
internal sealed partial class GraphWatcher(
    GraphTenantRegistry tenants,
    GraphApiFactory apis,
    GraphEventPlatform platform,
    GraphSubscriptionRegistry subscriptions,
    GraphNoticePublisher publisher,
    IOptions<GraphConnectorOptions> options,
    TimeProvider time,
    ILogger<GraphWatcher> logger)
{
    private readonly Dictionary<string, GraphEventWatch> _watches = new(StringComparer.Ordinal);
    private readonly Channel<GraphLifecycleSignal> _signals = Channel.CreateBounded<GraphLifecycleSignal>(
        new BoundedChannelOptions(1000) { FullMode = BoundedChannelFullMode.DropOldest });

    private readonly Lock _running = new();
    private bool _busy;

    private GraphConnectorOptions Options => options.Value;

    /// <summary>Watched events by <see cref="PlatformEventRef"/> text.</summary>
    public IReadOnlyDictionary<string, GraphEventWatch> Watches => _watches;

    /// <summary>Queues a verified lifecycle notification; false when the queue dropped an older one to make room.</summary>
    public bool Signal(GraphLifecycleSignal signal) => _signals.Writer.TryWrite(signal);

    /// <summary>Completes when a lifecycle signal is waiting or the token is cancelled.</summary>
    public ValueTask<bool> WaitForSignalAsync(CancellationToken cancellationToken) => _signals.Reader.WaitToReadAsync(cancellationToken);

    /// <summary>One pass: rediscover events, start and stop watches, handle lifecycle signals, renew, then poll what is due.</summary>
    public async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        lock (_running)
        {
            if (_busy)
            {
                throw new InvalidOperationException("A Graph watch pass is already running: passes do not overlap.");
            }

            _busy = true;
        }

        try
        {
            foreach (var tenant in tenants.All)
            {
                await SyncTenantAsync(tenant, cancellationToken);
            }

            while (_signals.Reader.TryRead(out var signal))
            {
                await HandleLifecycleAsync(signal, cancellationToken);
            }

            foreach (var watch in _watches.Values.ToList())
            {
                await RenewIfDueAsync(watch, cancellationToken);
                if (watch.CatchUpDue || (watch.IsPolled && watch.NextPollAt <= time.GetUtcNow()))
                {
                    await PollAsync(watch, cancellationToken);
                }
            }
        }
        finally
        {
            lock (_running)
            {
                _busy = false;
            }
        }
    }

    /// <summary>Deletes every subscription this process holds (at shutdown, so Graph stops sending).</summary>
    public async Task StopAllAsync(CancellationToken cancellationToken)
    {
        foreach (var watch in _watches.Values.Where(w => w.Subscription is not null).ToList())
        {
            await DropSubscriptionAsync(watch, cancellationToken);
        }
    }

    private async Task SyncTenantAsync(GraphTenant tenant, CancellationToken cancellationToken)
    {
        var current = new Dictionary<string, PlatformEventRef>(StringComparer.Ordinal);
        try
        {
            await foreach (var found in platform.DiscoverEventsAsync(tenant.Name, cancellationToken))
            {
                current[found.Ref.ToString()] = found.Ref;
            }
        }
        catch (Exception ex) when (ex is PlatformApiException or PlatformThrottledException or HttpRequestException)
        {
            // Keep what is watched; events found before the failure are started below, nothing is stopped.
            Log.WatchDiscoveryFailed(logger, tenant.Name, ex.GetType().Name, current.Count);
            foreach (var (key, found) in current)
            {
                await StartAsync(tenant, key, found, cancellationToken);
            }

            return;
        }

        foreach (var (key, found) in current)
        {
            await StartAsync(tenant, key, found, cancellationToken);
        }

        foreach (var gone in _watches.Values.Where(w => w.Tenant == tenant && !current.ContainsKey(w.Ref.ToString())).ToList())
        {
            await DropSubscriptionAsync(gone, cancellationToken);
            _watches.Remove(gone.Ref.ToString());
            Log.WatchStopped(logger, gone.Ref.ToString());
        }
    }

    private async Task StartAsync(GraphTenant tenant, string key, PlatformEventRef eventRef, CancellationToken cancellationToken)
    {
        if (_watches.ContainsKey(key))
        {
            return;
        }

        var watch = new GraphEventWatch(tenant, eventRef) { NextPollAt = time.GetUtcNow() };
        _watches[key] = watch;
        await SubscribeAsync(watch, cancellationToken);
    }
}
