namespace Vetting.Core.Platforms;

/// <summary>The outcome of one <see cref="PlatformAction"/>.</summary>
/// <param name="Action">The action as requested.</param>
/// <param name="Result">Applied, already applied or not enforceable.</param>
/// <param name="Reason">Why it was not enforceable (ids and codes only, no personal data); null otherwise.</param>
public sealed record PlatformActionOutcome(PlatformAction Action, PlatformActionResult Result, string? Reason = null)
{
    /// <summary>
    /// For a <see cref="PlatformActionResult.NotEnforceable"/> outcome the platform refused or does not offer: where a
    /// reviewer can carry the action out by hand (for example the event's page in Teams), when the platform gives one.
    /// </summary>
    public Uri? ManualActionUrl { get; init; }
}
