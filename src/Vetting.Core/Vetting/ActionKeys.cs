using Vetting.Core.Platforms;

namespace Vetting.Core.Vetting;

/// <summary>Idempotency keys of platform actions.</summary>
public static class ActionKeys
{
    /// <summary>
    /// <c>{decision id}:{action}</c>. Decisions are themselves idempotent (an automatic decision by its screening and
    /// the decision it supersedes, a reviewer's by the submission), so retrying the same decision yields the same key.
    /// </summary>
    public static string For(Guid decisionId, PlatformActionKind kind) =>
        decisionId.ToString("N") + ":" + kind.ToString().ToLowerInvariant();
}
