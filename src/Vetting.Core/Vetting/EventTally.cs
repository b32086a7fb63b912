namespace Vetting.Core.Vetting;

/// <summary>An event's registrants counted by their current decision, and the platform actions of those decisions by state.</summary>
/// <param name="EventId">The event.</param>
/// <param name="Registrants">Registrants stored for the event.</param>
/// <param name="Undecided">Registrants without any decision yet (not screened, or screening switched off).</param>
/// <param name="ByDecision">Current decisions by kind; kinds with none are absent.</param>
/// <param name="ByActionState">Actions of the current decisions by state; states with none are absent.</param>
public sealed record EventTally(
    Guid EventId,
    int Registrants,
    int Undecided,
    IReadOnlyDictionary<DecisionKind, int> ByDecision,
    IReadOnlyDictionary<ActionState, int> ByActionState)
{
    public int Count(DecisionKind kind) => ByDecision.GetValueOrDefault(kind);

    public int Count(ActionState state) => ByActionState.GetValueOrDefault(state);

    /// <summary>Registrants a reviewer still has to look at.</summary>
    public int Unresolved => Count(DecisionKind.Review) + Count(DecisionKind.BlockProposed);
}
