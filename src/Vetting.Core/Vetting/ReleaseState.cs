namespace Vetting.Core.Vetting;

public enum ReleaseState
{
    /// <summary>Requested by one reviewer, waiting for a second.</summary>
    Pending,

    /// <summary>Approved by a second, different reviewer: the registrant is released.</summary>
    Approved,

    /// <summary>Turned down by a second reviewer (or withdrawn by the requester): the confirmation stands.</summary>
    Rejected,
}
