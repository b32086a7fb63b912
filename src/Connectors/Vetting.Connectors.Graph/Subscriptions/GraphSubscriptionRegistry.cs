using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;

namespace Vetting.Connectors.Graph.Subscriptions;

/// <summary>
/// The subscriptions this process holds, by Graph's subscription id: what the notification receiver checks the id and
/// clientState of every notification against. Kept in memory: after a restart the watch loop replaces the old ones.
/// </summary>
internal sealed class GraphSubscriptionRegistry
{
    private readonly ConcurrentDictionary<string, GraphSubscription> _byId = new(StringComparer.OrdinalIgnoreCase);

    public int Count => _byId.Count;

    public void Set(GraphSubscription subscription) => _byId[subscription.Id] = subscription;

    public void Remove(string subscriptionId) => _byId.TryRemove(subscriptionId, out _);

    public bool TryGet(string? subscriptionId, [NotNullWhen(true)] out GraphSubscription? subscription)
    {
        subscription = null;
        return subscriptionId is not null && _byId.TryGetValue(subscriptionId, out subscription);
    }
}
