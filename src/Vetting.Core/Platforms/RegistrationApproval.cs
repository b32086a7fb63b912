namespace Vetting.Core.Platforms;

/// <summary>How the platform treats new registrants of an event.</summary>
public enum RegistrationApproval
{
    /// <summary>New registrants wait in a pending state until someone approves them: screening can act first.</summary>
    Manual,

    /// <summary>New registrants are approved (and sent a join link) at once: screening can only cancel afterwards.</summary>
    Automatic,
}
