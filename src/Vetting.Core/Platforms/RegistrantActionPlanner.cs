namespace Vetting.Core.Platforms;

/// <summary>Turns a screening verdict and a registrant's current status into the platform action to take, if any.</summary>
public static class RegistrantActionPlanner
{
    /// <summary>
    /// Clear + pending → approve; deny + pending → deny; deny + approved → cancel; hold, or a verdict already in
    /// effect → no action. A clear verdict never re-admits a denied or cancelled registrant: that is a human's call.
    /// </summary>
    public static PlatformAction? Plan(RegistrantVerdict verdict, PlatformRegistrant registrant, string idempotencyKey)
    {
        ArgumentNullException.ThrowIfNull(registrant);
        ArgumentException.ThrowIfNullOrWhiteSpace(idempotencyKey);
        PlatformActionKind? kind = (verdict, registrant.Status) switch
        {
            (RegistrantVerdict.Clear, RegistrantStatus.Pending) => PlatformActionKind.Approve,
            (RegistrantVerdict.Deny, RegistrantStatus.Pending or RegistrantStatus.Waitlisted) => PlatformActionKind.Deny,
            (RegistrantVerdict.Deny, RegistrantStatus.Approved) => PlatformActionKind.Cancel,
            _ => null,
        };
        return kind is { } k ? new PlatformAction(k, registrant.ExternalId, idempotencyKey) : null;
    }
}
