using Vetting.Core.Platforms;
using Vetting.Core.Vetting;

namespace Vetting.Core.Workflow;

/// <summary>Which platform action a decision calls for, given the event's policy and the registrant's last known status.</summary>
internal static class ActionPlanning
{
    /// <summary>
    /// Deny verdicts deny or cancel (<see cref="RegistrantActionPlanner"/>); clear verdicts approve a pending registrant
    /// only where the policy auto-approves clean registrants; holds do nothing.
    /// </summary>
    public static PlatformActionKind? For(DecisionKind kind, EventPolicy policy, VettedRegistrant registrant)
    {
        var verdict = kind.Verdict();
        if (verdict == RegistrantVerdict.Clear && !policy.AutoApproveClean)
        {
            return null;
        }

        var asRead = new PlatformRegistrant(registrant.ExternalId, "", null, "", null, null, null, registrant.Status, null, []);
        return RegistrantActionPlanner.Plan(verdict, asRead, "plan")?.Kind;
    }

    /// <summary>
    /// The automatic decision a screening's strongest (uncleared) match calls for: clear, review, and block only where the
    /// policy allows automatic blocking (otherwise a block proposal waits for a reviewer).
    /// </summary>
    public static DecisionKind Automatic(Matching.Decision strongest, EventPolicy policy) => strongest switch
    {
        Matching.Decision.Clear => DecisionKind.Clear,
        Matching.Decision.Review => DecisionKind.Review,
        _ => policy.AutomaticBlockingAllowed ? DecisionKind.Block : DecisionKind.BlockProposed,
    };
}
