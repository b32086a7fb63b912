namespace Vetting.Core.Vetting;

/// <summary>The stored registrant after an upsert, and what changed.</summary>
public sealed record RegistrantUpsert(VettedRegistrant Registrant, RegistrantChangeKind Change)
{
    /// <summary>True when the registrant has to be screened (new, or a screened field changed).</summary>
    public bool NeedsScreening => Change is RegistrantChangeKind.Added or RegistrantChangeKind.ContentChanged;
}
