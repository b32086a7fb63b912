using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace Vetting.Connectors.Graph.Webhooks;

/// <summary>
/// The bounded queue between the notification endpoint and <see cref="GraphNotificationPump"/>: the endpoint answers at
/// once and screening happens off the request. When the queue is full the endpoint answers 503 and Graph retries.
/// </summary>
internal sealed class GraphNotificationDispatcher(ILogger<GraphNotificationDispatcher> logger)
{
    public const int QueueCapacity = 10_000;

    private readonly Channel<GraphChange> _queue = Channel.CreateBounded<GraphChange>(
        new BoundedChannelOptions(QueueCapacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    public bool TryEnqueue(GraphChange change)
    {
        if (_queue.Writer.TryWrite(change))
        {
            return true;
        }

        Log.NotificationQueueFull(logger, QueueCapacity);
        return false;
    }

    public IAsyncEnumerable<GraphChange> ReadAllAsync(CancellationToken cancellationToken) => _queue.Reader.ReadAllAsync(cancellationToken);
}
