using Vetting.Connectors.Graph.Subscriptions;

namespace Vetting.Connectors.Graph.Webhooks;

/// <summary>A verified registration change from a notification: the subscription it came on, the registration id and <c>created</c>/<c>updated</c>.</summary>
internal sealed record GraphChange(GraphSubscription Subscription, string RegistrationId, string ChangeType);
