namespace Vetting.Core.Vetting;

/// <summary>Final-check records of events.</summary>
public interface IFinalCheckStore
{
    /// <summary>Records the check with the audit chain's current head, once per idempotency key. Audited.</summary>
    Task<Upserted<FinalCheckRecord>> RecordFinalCheckAsync(NewFinalCheck check, CancellationToken cancellationToken);

    /// <summary>The event's final checks, oldest first.</summary>
    Task<IReadOnlyList<FinalCheckRecord>> ListFinalChecksAsync(Guid eventId, CancellationToken cancellationToken);
}
