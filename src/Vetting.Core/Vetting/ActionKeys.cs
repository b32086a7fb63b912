using Vetting.Core.Platforms;

namespace Vetting.Core.Vetting;

/// <summary>Idempotency keys of platform actions.</summary>
public static class ActionKeys
{
    /// <summary>
    /// <c>{decision id}:{action}</c>. Decisions are themselves idempotent (an automatic decision is keyed by its
    /// screening, a reviewer's by the submission), so retrying the same decision always yields the same action key.
    /// </summary>
    public static string For(Guid decisionId, PlatformActionKind kind) =>
        decisionId.ToString("N") + ":" + kind.ToString().ToLowerInvariant();
}
