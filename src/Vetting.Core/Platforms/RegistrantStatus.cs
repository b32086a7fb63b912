namespace Vetting.Core.Platforms;

/// <summary>A registration's state on the platform, mapped from each platform's own vocabulary.</summary>
public enum RegistrantStatus
{
    /// <summary>Waiting for an organiser's approval (Zoom <c>pending</c>, Graph <c>pendingApproval</c>).</summary>
    Pending,

    /// <summary>Admitted (Zoom <c>approved</c>, Graph <c>registered</c>).</summary>
    Approved,

    /// <summary>Refused or revoked (Zoom <c>denied</c>, which also holds cancelled registrations; Graph <c>rejectedByOrganizer</c>).</summary>
    Denied,

    /// <summary>Cancelled, where the platform tells this apart from denied (Graph <c>canceled</c>).</summary>
    Cancelled,

    /// <summary>On a waiting list (Graph <c>waitlisted</c>).</summary>
    Waitlisted,

    /// <summary>A status value this version does not know.</summary>
    Unknown,
}
