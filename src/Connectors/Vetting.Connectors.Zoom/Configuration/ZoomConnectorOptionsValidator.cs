using System.Buffers;
using Microsoft.Extensions.Options;

namespace Vetting.Connectors.Zoom.Configuration;

/// <summary>
/// Validates the whole connector section at start: the generated attribute checks, then every account by its
/// configuration path, then the rules that span fields (URLs, account names, timeouts).
/// </summary>
internal sealed class ZoomConnectorOptionsValidator : IValidateOptions<ZoomConnectorOptions>
{
    private static readonly SearchValues<char> NameChars =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_");

    private readonly ZoomConnectorAttributesValidator _attributes = new();
    private readonly ZoomAccountOptionsValidator _account = new();

    public ValidateOptionsResult Validate(string? name, ZoomConnectorOptions options)
    {
        var builder = new ValidateOptionsResultBuilder();
        builder.AddResult(_attributes.Validate(ZoomConnectorOptions.SectionName, options));
        if (options.AttemptTimeout <= options.MaxThrottleWait)
        {
            builder.AddError($"{ZoomConnectorOptions.SectionName}:AttemptTimeout ({options.AttemptTimeout}) must be longer than "
                + $"MaxThrottleWait ({options.MaxThrottleWait}): rate-limit waits happen inside an attempt.");
        }

        foreach (var (accountName, account) in options.Accounts)
        {
            var path = $"{ZoomConnectorOptions.SectionName}:Accounts:{accountName}";
            if (accountName.AsSpan().IndexOfAnyExcept(NameChars) >= 0)
            {
                builder.AddError($"{path}: account names may use only letters, digits, '-' and '_'.");
            }

            if (account is null)
            {
                builder.AddError($"{path} is empty.");
                continue;
            }

            builder.AddResult(_account.Validate(path, account));
            CheckUrl(builder, path + ":OAuthBaseUrl", account.OAuthBaseUrl);
            CheckUrl(builder, path + ":ApiBaseUrl", account.ApiBaseUrl);
            for (var i = 0; i < account.Hosts.Count; i++)
            {
                if (string.IsNullOrWhiteSpace(account.Hosts[i]))
                {
                    builder.AddError($"{path}:Hosts:{i} is empty; list user ids or e-mails, or leave Hosts out for all active users.");
                }
            }
        }

        return builder.Build();
    }

    private static void CheckUrl(ValidateOptionsResultBuilder builder, string path, string value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return; // [Required] has reported it.
        }

        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            builder.AddError($"{path} must be an absolute https URL.");
        }
        else if (uri.Scheme == Uri.UriSchemeHttp && !uri.IsLoopback)
        {
            builder.AddError($"{path} must use https (plain http is allowed only for a loopback test server): credentials travel on it.");
        }
        else if (!string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment))
        {
            builder.AddError($"{path} must not have a query or fragment.");
        }
    }
}
