using System.ComponentModel.DataAnnotations;

namespace Vetting.Connectors.Zoom.Configuration;

/// <summary>
/// One connected Zoom account (a Server-to-Server OAuth app), bound from <c>Connectors:Zoom:Accounts:&lt;name&gt;</c>.
/// Secrets come from the environment or a secret store; never log this object.
/// </summary>
public sealed class ZoomAccountOptions
{
    public const string DefaultOAuthBaseUrl = "https://zoom.us";
    public const string DefaultApiBaseUrl = "https://api.zoom.us/v2";

    /// <summary>Zoom account id of the S2S OAuth app.</summary>
    [Required(ErrorMessage = "{0} is required (the Account ID of the Server-to-Server OAuth app).")]
    public string AccountId { get; set; } = "";

    /// <summary>Client id of the S2S OAuth app.</summary>
    [Required(ErrorMessage = "{0} is required (the Client ID of the Server-to-Server OAuth app).")]
    public string ClientId { get; set; } = "";

    /// <summary>Client secret of the S2S OAuth app (secret).</summary>
    [Required(ErrorMessage = "{0} is required (the Client secret; set it from the environment or a secret store).")]
    public string ClientSecret { get; set; } = "";

    /// <summary>Secret token of the app's event subscription, used to verify webhooks (secret).</summary>
    [Required(ErrorMessage = "{0} is required (the Secret Token of the app's event subscription, for webhook signatures).")]
    public string WebhookSecretToken { get; set; } = "";

    /// <summary>The account's plan; it sets the rate limits. No default: a wrong guess either wastes or breaks quota.</summary>
    [Required(ErrorMessage = "{0} is required: Free, Pro or Business (sets the API rate limits).")]
    public ZoomPlan? Plan { get; set; }

    /// <summary>Where <c>/oauth/token</c> lives.</summary>
    [Required(ErrorMessage = "{0} must not be empty.")]
    public string OAuthBaseUrl { get; set; } = DefaultOAuthBaseUrl;

    /// <summary>The REST API base, including <c>/v2</c>.</summary>
    [Required(ErrorMessage = "{0} must not be empty.")]
    public string ApiBaseUrl { get; set; } = DefaultApiBaseUrl;

    /// <summary>User ids or e-mails whose meetings and webinars are screened; empty means all active users.</summary>
    public IList<string> Hosts { get; } = [];
}
