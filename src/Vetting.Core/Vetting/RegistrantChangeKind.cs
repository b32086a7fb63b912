namespace Vetting.Core.Vetting;

/// <summary>What storing a registrant read from the platform changed.</summary>
public enum RegistrantChangeKind
{
    /// <summary>A registration not seen before: screen it.</summary>
    Added,

    /// <summary>A screened field changed (name, e-mail, organisation, job title or country): screen it again.</summary>
    ContentChanged,

    /// <summary>Only the platform status changed.</summary>
    StatusChanged,

    /// <summary>Nothing changed.</summary>
    Unchanged,
}
