using Vetting.Core.Vetting;

namespace Vetting.Core.Workflow;

/// <summary>What screening one registrant did.</summary>
/// <param name="RegistrantId">The registrant.</param>
/// <param name="Screening">The stored screening; null when the registrant was not screened (screening off, purged).</param>
/// <param name="Decision">The registrant's current decision after this screening; null when there is none.</param>
/// <param name="DecisionRecorded">True when this screening recorded a new decision (false: an earlier one stands).</param>
public sealed record ScreeningOutcome(Guid RegistrantId, ScreeningRecord? Screening, VettingDecision? Decision, bool DecisionRecorded)
{
    /// <summary>True when this screening raised a flag a reviewer must look at.</summary>
    public bool RaisedFlag => DecisionRecorded && Decision is { } d && d.Kind.IsUnresolved();
}
