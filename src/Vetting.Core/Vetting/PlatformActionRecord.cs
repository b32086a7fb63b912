using Vetting.Core.Platforms;

namespace Vetting.Core.Vetting;

/// <summary>
/// A platform action recorded together with the decision that calls for it, before anything is sent. Its
/// <see cref="IdempotencyKey"/> is derived from the decision (<see cref="ActionKeys.For"/>) and unique in the store,
/// so a crash between "decided" and "acted" leaves exactly one pending action to apply.
/// </summary>
public sealed record PlatformActionRecord(
    Guid Id,
    Guid DecisionId,
    Guid RegistrantId,
    Guid EventId,
    PlatformActionKind Kind,
    string RegistrantExternalId,
    string IdempotencyKey,
    ActionState State,
    string? Reason,
    int Attempts,
    DateTimeOffset RequestedAt,
    DateTimeOffset? CompletedAt,
    int Revision)
{
    /// <summary>True when the action is done, one way or the other; pending and failed are not.</summary>
    public bool IsFinal => State is ActionState.Applied or ActionState.AlreadyApplied or ActionState.CouldNotEnforce;

    /// <summary>The action to hand to <see cref="IEventPlatform.ApplyAsync"/>.</summary>
    public PlatformAction ToPlatformAction() => new(Kind, RegistrantExternalId, IdempotencyKey);
}
