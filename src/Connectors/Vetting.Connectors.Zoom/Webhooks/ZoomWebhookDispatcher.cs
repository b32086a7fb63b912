using System.Threading.Channels;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Vetting.Core.Platforms;

namespace Vetting.Connectors.Zoom.Webhooks;

/// <summary>
/// Hands accepted notices to every <see cref="IRegistrationEventSink"/> off the request path: a bounded queue drained
/// by one background loop, so the webhook answers at once. When the queue is full the webhook answers 503 and Zoom
/// retries; a sink failure is logged (ids only) and the periodic pull remains the safety net.
/// </summary>
internal sealed class ZoomWebhookDispatcher(IServiceScopeFactory scopes, ILogger<ZoomWebhookDispatcher> logger) : IAsyncDisposable, IDisposable
{
    public const int QueueCapacity = 10_000;

    private readonly Channel<RegistrationNotice> _queue = Channel.CreateBounded<RegistrationNotice>(
        new BoundedChannelOptions(QueueCapacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    private readonly CancellationTokenSource _stopping = new();
    private readonly Lock _startLock = new();
    private Task? _pump;

    public bool TryEnqueue(RegistrationNotice notice)
    {
        lock (_startLock)
        {
            ObjectDisposedException.ThrowIf(_stopping.IsCancellationRequested, this);
            _pump ??= Task.Run(PumpAsync);
        }

        if (_queue.Writer.TryWrite(notice))
        {
            return true;
        }

        Log.WebhookQueueFull(logger, QueueCapacity);
        return false;
    }

    /// <summary>Stops at once without draining (a container disposed synchronously).</summary>
    public void Dispose()
    {
        lock (_startLock)
        {
            _queue.Writer.TryComplete();
        }

        _stopping.Cancel();
    }

    public async ValueTask DisposeAsync()
    {
        Task? pump;
        lock (_startLock)
        {
            pump = _pump;
            _queue.Writer.TryComplete();
        }

        if (pump is not null)
        {
            // Let queued notices drain briefly, then stop.
            await Task.WhenAny(pump, Task.Delay(TimeSpan.FromSeconds(5), TimeProvider.System));
        }

        await _stopping.CancelAsync();
        if (pump is not null)
        {
            await pump.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    private async Task PumpAsync()
    {
        await foreach (var notice in _queue.Reader.ReadAllAsync(_stopping.Token).WithCancellation(_stopping.Token))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var sinks = scope.ServiceProvider.GetServices<IRegistrationEventSink>().ToList();
                if (sinks.Count == 0)
                {
                    throw new InvalidOperationException("No IRegistrationEventSink is registered: webhook notices have nowhere to go.");
                }

                foreach (var sink in sinks)
                {
                    await sink.PublishAsync(notice, _stopping.Token);
                }
            }
            catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // One failing notice must not stop the loop; the failure is logged with ids.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                Log.SinkFailed(logger, ex, notice.Change.ToString(), notice.RegistrantId, notice.Event.ToString());
            }
        }
    }
}
