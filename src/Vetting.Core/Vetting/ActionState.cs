namespace Vetting.Core.Vetting;

/// <summary>Where a platform action stands. Pending and failed actions are applied (again) by the enforcement job.</summary>
public enum ActionState
{
    /// <summary>Recorded with its decision, not yet confirmed by the platform (or the process stopped in between).</summary>
    Pending,

    /// <summary>The platform changed the registration and a re-read confirmed it.</summary>
    Applied,

    /// <summary>The registration was already in the requested state.</summary>
    AlreadyApplied,

    /// <summary>The platform cannot or would not do it; a person must follow up (see the reason).</summary>
    CouldNotEnforce,

    /// <summary>The last attempt failed (network, throttling, server error); it will be tried again.</summary>
    Failed,
}
