namespace Vetting.Core.Platforms;

/// <summary>What screening recommends for one registrant.</summary>
public enum RegistrantVerdict
{
    /// <summary>No concern: admit.</summary>
    Clear,

    /// <summary>Possible match: leave pending for a reviewer.</summary>
    Hold,

    /// <summary>Confirmed match: refuse (or cancel, if already admitted).</summary>
    Deny,
}
