namespace Vetting.Core.Vetting;

/// <summary>What was decided about a registrant, automatically or by a reviewer.</summary>
public enum DecisionKind
{
    /// <summary>Automatic: nothing matched (or every match was cleared before). Approve where the policy auto-approves.</summary>
    Clear,

    /// <summary>Automatic: a possible match. Held pending for a reviewer.</summary>
    Review,

    /// <summary>Automatic: a block-level match on an event whose policy does not allow automatic blocking. Held for confirmation.</summary>
    BlockProposed,

    /// <summary>Automatic: a block-level match on an event whose policy allows automatic blocking. Denied or cancelled.</summary>
    Block,

    /// <summary>Reviewer: the match is the listed party. Denied or cancelled; only a four-eyes release undoes it.</summary>
    Confirmed,

    /// <summary>Reviewer: the registrant is not the listed party (a clearance is stored for the entry).</summary>
    Dismissed,

    /// <summary>Two reviewers: a confirmed match released (request + approval by a different reviewer).</summary>
    Released,
}
