namespace Vetting.Connectors.Graph.Webhooks;

/// <summary>One item of a notification body, reduced to what is checked and forwarded; nothing personal is kept.</summary>
internal sealed record GraphNotificationItem(
    string? SubscriptionId,
    string? ClientState,
    string? TenantId,
    string? ChangeType,
    string? Resource,
    string? ResourceDataId,
    string? LifecycleEvent)
{
    public bool IsLifecycle => LifecycleEvent is not null;
}
