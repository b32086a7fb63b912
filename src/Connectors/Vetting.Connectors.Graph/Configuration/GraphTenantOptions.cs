using System.ComponentModel.DataAnnotations;

namespace Vetting.Connectors.Graph.Configuration;

/// <summary>
/// One Microsoft Entra tenant whose Teams webinars and town halls are vetted, bound from
/// <c>Connectors:MicrosoftGraph:Tenants:&lt;name&gt;</c>. App-only: an app registration with a client secret or a
/// certificate. Secrets come from the environment or a secret store; never log this object.
/// </summary>
public sealed class GraphTenantOptions
{
    public const string DefaultGraphBaseUrl = "https://graph.microsoft.com/v1.0";
    public const string DefaultAuthorityHost = "https://login.microsoftonline.com/";

    /// <summary>Directory (tenant) id of the organisation, a GUID or a verified domain.</summary>
    [Required(ErrorMessage = "{0} is required (the Directory (tenant) ID of the app registration).")]
    public string TenantId { get; set; } = "";

    /// <summary>Application (client) id of the app registration.</summary>
    [Required(ErrorMessage = "{0} is required (the Application (client) ID of the app registration).")]
    public string ClientId { get; set; } = "";

    /// <summary>Client secret of the app registration (secret); or set <see cref="CertificatePath"/> instead.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>Path of a PFX or PEM file holding the app's certificate with its private key; or set <see cref="ClientSecret"/>.</summary>
    public string? CertificatePath { get; set; }

    /// <summary>Organizers (Entra object ids or UPNs) whose webinars and town halls are vetted.</summary>
    public IList<string> Organizers { get; } = [];

    /// <summary>Graph root including the version segment (graph-api.md §5: without <c>/v1.0</c> requests miss).</summary>
    [Required(ErrorMessage = "{0} must not be empty.")]
    public string GraphBaseUrl { get; set; } = DefaultGraphBaseUrl;

    /// <summary>Entra authority host for tokens; the public cloud unless set.</summary>
    [Required(ErrorMessage = "{0} must not be empty.")]
    public string AuthorityHost { get; set; } = DefaultAuthorityHost;

    /// <summary>
    /// Public https URL of the change-notification endpoint (<c>MapGraphNotifications</c>). When absent, new
    /// registrations are found by polling only.
    /// </summary>
    public string? NotificationUrl { get; set; }
}
