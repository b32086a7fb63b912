using System.ComponentModel.DataAnnotations;

namespace Vetting.Connectors.FileImport;

/// <summary>
/// Events whose registrants come from export files, bound from <c>Connectors:FileImport</c>. For organisers whose
/// platform has no API: they export the registrant list, Vetting screens it, and decisions are written to a status
/// file next to the data (the "platform" the organiser carries out by hand).
/// </summary>
public sealed class FileImportOptions
{
    public const string SectionName = "Connectors:FileImport";

    /// <summary>Events by name (<c>Connectors:FileImport:Events:&lt;name&gt;:…</c>); the name is the event's external id.</summary>
    public IDictionary<string, FileImportEventOptions> Events { get; } =
        new Dictionary<string, FileImportEventOptions>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Folder for the status files (one per event: the decisions applied); the host sets it under the data folder.</summary>
    [MaxLength(4096)]
    public string? StatusDirectory { get; set; }
}
