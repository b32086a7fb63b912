using System.Net.Mail;
using Microsoft.Extensions.Options;

namespace Vetting.Service.Notifications;

/// <summary>When notifications are on: a relay, a sender, a base URL for links, and well-formed recipient addresses.</summary>
internal sealed class NotificationOptionsRules : IValidateOptions<NotificationOptions>
{
    public ValidateOptionsResult Validate(string? name, NotificationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.Enabled)
        {
            return ValidateOptionsResult.Success;
        }

        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Smtp.Host))
        {
            failures.Add("Vetting:Notifications:Smtp:Host is required when notifications are enabled");
        }

        if (string.IsNullOrWhiteSpace(options.From))
        {
            failures.Add("Vetting:Notifications:From is required when notifications are enabled");
        }

        if (!Uri.TryCreate(options.PublicBaseUrl, UriKind.Absolute, out var baseUrl) || baseUrl.Scheme is not ("http" or "https"))
        {
            failures.Add("Vetting:Notifications:PublicBaseUrl must be an absolute http(s) URL when notifications are enabled");
        }

        var recipients = options.Reviewers.Concat(options.EscalationRecipients).Concat(options.AccountReviewers.Values.SelectMany(v => v));
        if (recipients.Any(r => !MailAddress.TryCreate(r, out _)))
        {
            failures.Add("Vetting:Notifications: every reviewer and escalation recipient must be an e-mail address");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
