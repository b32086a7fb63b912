using Vetting.Core.Platforms;

namespace Vetting.Connectors.Graph.Subscriptions;

/// <summary>A subscription this process created: Graph's id, the secret clientState every notification must carry, and expiry.</summary>
internal sealed record GraphSubscription(string Id, string Tenant, PlatformEventRef Event, string ClientState, DateTimeOffset ExpiresAt);
