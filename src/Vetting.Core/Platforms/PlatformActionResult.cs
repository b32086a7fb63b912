namespace Vetting.Core.Platforms;

/// <summary>What happened to one requested action.</summary>
public enum PlatformActionResult
{
    /// <summary>The platform changed the registration, and a re-read confirmed it.</summary>
    Applied,

    /// <summary>The registration was already in the requested state: nothing was sent.</summary>
    AlreadyApplied,

    /// <summary>
    /// The platform cannot or would not do it (unknown registrant, action not offered, refused, or accepted but not
    /// carried out). Not an error: a human has to follow up. <see cref="PlatformActionOutcome.Reason"/> says why.
    /// </summary>
    NotEnforceable,
}
