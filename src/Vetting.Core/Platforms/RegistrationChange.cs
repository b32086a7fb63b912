namespace Vetting.Core.Platforms;

/// <summary>What a platform notification says happened to a registration.</summary>
public enum RegistrationChange
{
    Created,
    Approved,
    Denied,
    Cancelled,
}
