namespace Vetting.Service.Notifications;

/// <summary>What one notification sweep sent: messages per kind (each to all of the event's recipients).</summary>
internal sealed record NotificationSweepResult(int NewFlagMessages, int Digests, int Escalations)
{
    public static readonly NotificationSweepResult None = new(0, 0, 0);
}
