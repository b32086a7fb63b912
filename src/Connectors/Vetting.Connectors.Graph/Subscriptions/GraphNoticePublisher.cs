using Microsoft.Extensions.DependencyInjection;
using Vetting.Core.Platforms;

namespace Vetting.Connectors.Graph.Subscriptions;

/// <summary>Hands a notice to every registered <see cref="IRegistrationEventSink"/> (in a scope of its own).</summary>
internal sealed class GraphNoticePublisher(IServiceScopeFactory scopes)
{
    public async Task PublishAsync(RegistrationNotice notice, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var sinks = scope.ServiceProvider.GetServices<IRegistrationEventSink>().ToList();
        if (sinks.Count == 0)
        {
            throw new InvalidOperationException("No IRegistrationEventSink is registered: Graph registration notices have nowhere to go.");
        }

        foreach (var sink in sinks)
        {
            await sink.PublishAsync(notice, cancellationToken);
        }
    }

    /// <summary>The change a registration's current status stands for.</summary>
    public static RegistrationChange ChangeFor(RegistrantStatus status) => status switch
    {
        RegistrantStatus.Approved => RegistrationChange.Approved,
        RegistrantStatus.Cancelled => RegistrationChange.Cancelled,
        RegistrantStatus.Denied => RegistrationChange.Denied,
        _ => RegistrationChange.Created,
    };
}
