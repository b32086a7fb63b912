namespace Vetting.Core.Platforms;

/// <summary>What screening asks a platform to do with a registration. "Hold" is no action: leave it pending.</summary>
public enum PlatformActionKind
{
    /// <summary>Admit a pending registrant.</summary>
    Approve,

    /// <summary>Refuse a pending registrant.</summary>
    Deny,

    /// <summary>Revoke a registration that was already admitted.</summary>
    Cancel,
}
