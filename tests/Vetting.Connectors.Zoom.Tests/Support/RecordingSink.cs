using System.Collections.Concurrent;
using System.Threading.Channels;
using Vetting.Core.Platforms;

namespace Vetting.Connectors.Zoom.Tests.Support;

/// <summary>An <see cref="IRegistrationEventSink"/> that records notices and lets a test wait for them.</summary>
internal sealed class RecordingSink : IRegistrationEventSink
{
    private readonly ConcurrentQueue<RegistrationNotice> _notices = new();
    private readonly Channel<RegistrationNotice> _arrivals = Channel.CreateUnbounded<RegistrationNotice>();

    /// <summary>Delay before recording, to show the webhook answers without waiting for screening.</summary>
    public TimeSpan Delay { get; set; }

    public IReadOnlyList<RegistrationNotice> Notices => [.. _notices];

    public async ValueTask PublishAsync(RegistrationNotice notice, CancellationToken cancellationToken)
    {
        if (Delay > TimeSpan.Zero)
        {
            await Task.Delay(Delay, cancellationToken);
        }

        _notices.Enqueue(notice);
        await _arrivals.Writer.WriteAsync(notice, cancellationToken);
    }

    public async Task<RegistrationNotice> NextAsync(CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(15));
        return await _arrivals.Reader.ReadAsync(timeout.Token);
    }
}
