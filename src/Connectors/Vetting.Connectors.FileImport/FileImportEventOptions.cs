using System.ComponentModel.DataAnnotations;
using Vetting.Core.Platforms;

namespace Vetting.Connectors.FileImport;

/// <summary>One event read from a registrant export (CSV: our headers or Zoom's registrant report).</summary>
public sealed class FileImportEventOptions
{
    /// <summary>The account the event belongs to (a name of our choosing; default <c>files</c>).</summary>
    [Required, RegularExpression("^[A-Za-z0-9._-]{1,64}$", ErrorMessage = "{0} must be 1-64 letters, digits, '.', '_' or '-'.")]
    public string Account { get; set; } = "files";

    /// <summary>The registrant export. Give registrants a stable <c>id</c> column: without one the row number is the id.</summary>
    [Required(ErrorMessage = "{0} is required (the registrant export to read).")]
    public string Path { get; set; } = "";

    [MaxLength(300)]
    public string Topic { get; set; } = "Imported registrants";

    /// <summary>When the event starts (UTC); without it the event has no fixed time and gets no final check.</summary>
    public DateTimeOffset? StartUtc { get; set; }

    [Range(1, 10_080)]
    public int DurationMinutes { get; set; } = 60;

    /// <summary>Manual (default): registrants wait for approval, so decisions come before access.</summary>
    public RegistrationApproval Approval { get; set; } = RegistrationApproval.Manual;
}
