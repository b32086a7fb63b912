namespace Vetting.Core.Platforms;

/// <summary>One action on one registration of the event the action list is applied to.</summary>
/// <param name="Kind">Approve, deny or cancel.</param>
/// <param name="RegistrantId">The platform's registrant id.</param>
/// <param name="IdempotencyKey">
/// The caller's key for this decision (for example decision id + list version). Repeating an action with the same key,
/// or an action whose effect is already in place, is reported as <see cref="PlatformActionResult.AlreadyApplied"/>.
/// </param>
public sealed record PlatformAction(PlatformActionKind Kind, string RegistrantId, string IdempotencyKey);
