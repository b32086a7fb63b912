using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace Vetting.Service.Notifications;

/// <summary>E-mail to reviewers (<c>Vetting:Notifications</c>). Off unless <see cref="Enabled"/>.</summary>
internal sealed class NotificationOptions
{
    public const string SectionName = "Vetting:Notifications";

    public bool Enabled { get; set; }

    /// <summary>The sender, e.g. <c>vetting@secretariat.example</c>.</summary>
    [EmailAddress, MaxLength(320)]
    public string? From { get; set; }

    /// <summary>Where reviewers open the service; links in messages start with it (e.g. <c>https://vetting.example.org</c>).</summary>
    [Url, MaxLength(2048)]
    public string? PublicBaseUrl { get; set; }

    /// <summary>Reviewers of every event.</summary>
    public List<string> Reviewers { get; set; } = [];

    /// <summary>Further reviewers per connected account name (events of that account).</summary>
    public Dictionary<string, List<string>> AccountReviewers { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Who hears of escalations, besides the event's reviewers (e.g. the head of the secretariat).</summary>
    public List<string> EscalationRecipients { get; set; } = [];

    /// <summary>How long before an event's final check its digest goes out (default 3 hours).</summary>
    [Range(typeof(TimeSpan), "00:10:00", "7.00:00:00", ErrorMessage = "{0} must be between 10 minutes and 7 days.")]
    public TimeSpan DigestLead { get; set; } = TimeSpan.FromHours(3);

    [ValidateObjectMembers]
    public SmtpSettings Smtp { get; set; } = new();
}
