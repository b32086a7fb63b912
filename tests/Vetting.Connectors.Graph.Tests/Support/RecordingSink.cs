using System.Collections.Concurrent;
using Vetting.Core.Platforms;

namespace Vetting.Connectors.Graph.Tests.Support;

/// <summary>An <see cref="IRegistrationEventSink"/> that keeps every notice and lets a test wait until enough have come.</summary>
internal sealed class RecordingSink : IRegistrationEventSink
{
    private readonly ConcurrentQueue<RegistrationNotice> _notices = new();

    public IReadOnlyList<RegistrationNotice> Notices => [.. _notices];

    public ValueTask PublishAsync(RegistrationNotice notice, CancellationToken cancellationToken)
    {
        _notices.Enqueue(notice);
        return ValueTask.CompletedTask;
    }

    /// <summary>Waits (up to 15 s) until at least <paramref name="count"/> notices have arrived.</summary>
    public async Task<IReadOnlyList<RegistrationNotice>> WaitForAsync(int count, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(15));
        while (_notices.Count < count)
        {
            await Task.Delay(20, timeout.Token);
        }

        return Notices;
    }
}
