namespace Vetting.Connectors.Graph.Subscriptions;

/// <summary>A verified lifecycle notification for the watch loop: <c>reauthorizationRequired</c>, <c>subscriptionRemoved</c> or <c>missed</c>.</summary>
internal sealed record GraphLifecycleSignal(GraphSubscription Subscription, string LifecycleEvent);
