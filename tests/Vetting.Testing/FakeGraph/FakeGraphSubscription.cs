namespace Vetting.Testing.FakeGraph;

/// <summary>A subscription the fake holds.</summary>
public sealed record FakeGraphSubscription(
    string Id, string TenantId, string Resource, string ChangeType, string NotificationUrl, string? LifecycleNotificationUrl,
    string? ClientState, DateTimeOffset ExpiresAt);
