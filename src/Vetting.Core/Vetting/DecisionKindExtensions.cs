using Vetting.Core.Platforms;

namespace Vetting.Core.Vetting;

public static class DecisionKindExtensions
{
    /// <summary>What the decision means for the registration on the platform.</summary>
    public static RegistrantVerdict Verdict(this DecisionKind kind) => kind switch
    {
        DecisionKind.Clear or DecisionKind.Dismissed or DecisionKind.Released => RegistrantVerdict.Clear,
        DecisionKind.Review or DecisionKind.BlockProposed => RegistrantVerdict.Hold,
        DecisionKind.Block or DecisionKind.Confirmed => RegistrantVerdict.Deny,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown decision kind"),
    };

    /// <summary>True when a reviewer still has to act (an open flag).</summary>
    public static bool IsUnresolved(this DecisionKind kind) => kind is DecisionKind.Review or DecisionKind.BlockProposed;

    /// <summary>True for kinds only a reviewer can record.</summary>
    public static bool IsReviewerDecision(this DecisionKind kind) =>
        kind is DecisionKind.Confirmed or DecisionKind.Dismissed or DecisionKind.Released;
}
