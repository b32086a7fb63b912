using System.Buffers;
using Microsoft.Extensions.Options;

namespace Vetting.Connectors.Graph.Configuration;

/// <summary>
/// Validates the whole connector section at start: the generated attribute checks, then every tenant by its
/// configuration path, then the rules that span fields (credentials, URLs, organizers, timeouts).
/// </summary>
internal sealed class GraphConnectorOptionsValidator : IValidateOptions<GraphConnectorOptions>
{
    private static readonly SearchValues<char> NameChars =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_");

    private static readonly SearchValues<char> DomainChars =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-.");

    private static readonly SearchValues<char> OrganizerForbidden = SearchValues.Create("'\"/\\?#%& \t\r\n");

    private readonly GraphConnectorAttributesValidator _attributes = new();
    private readonly GraphTenantOptionsValidator _tenant = new();

    public ValidateOptionsResult Validate(string? name, GraphConnectorOptions options)
    {
        var builder = new ValidateOptionsResultBuilder();
        const string Section = GraphConnectorOptions.SectionName;
        builder.AddResult(_attributes.Validate(Section, options));
        if (options.AttemptTimeout <= options.MaxThrottleWait * options.MaxRetries)
        {
            builder.AddError($"{Section}:AttemptTimeout ({options.AttemptTimeout}) must be longer than MaxRetries × MaxThrottleWait "
                + $"({options.MaxRetries} × {options.MaxThrottleWait}): the SDK's throttling retries happen inside one attempt.");
        }

        if (options.RenewBefore >= options.SubscriptionLifetime)
        {
            builder.AddError($"{Section}:RenewBefore ({options.RenewBefore}) must be shorter than SubscriptionLifetime ({options.SubscriptionLifetime}).");
        }

        foreach (var (tenantName, tenant) in options.Tenants)
        {
            var path = $"{Section}:Tenants:{tenantName}";
            if (tenantName.AsSpan().IndexOfAnyExcept(NameChars) >= 0)
            {
                builder.AddError($"{path}: tenant names may use only letters, digits, '-' and '_'.");
            }

            if (tenant is null)
            {
                builder.AddError($"{path} is empty.");
                continue;
            }

            builder.AddResult(_tenant.Validate(path, tenant));
            CheckTenant(builder, path, tenant);
        }

        return builder.Build();
    }

    private static void CheckTenant(ValidateOptionsResultBuilder builder, string path, GraphTenantOptions tenant)
    {
        if (!string.IsNullOrWhiteSpace(tenant.TenantId) && !Guid.TryParse(tenant.TenantId, out _)
            && (tenant.TenantId.AsSpan().IndexOfAnyExcept(DomainChars) >= 0 || !tenant.TenantId.Contains('.', StringComparison.Ordinal)))
        {
            builder.AddError($"{path}:TenantId must be the directory id (a GUID) or a verified domain such as contoso.onmicrosoft.com.");
        }

        if (!string.IsNullOrWhiteSpace(tenant.ClientId) && !Guid.TryParse(tenant.ClientId, out _))
        {
            builder.AddError($"{path}:ClientId must be the application (client) id, a GUID.");
        }

        CheckCredential(builder, path, tenant);
        if (tenant.Organizers.Count == 0)
        {
            builder.AddError($"{path}:Organizers is empty: list the object ids or UPNs of the organizers whose events are vetted.");
        }

        for (var i = 0; i < tenant.Organizers.Count; i++)
        {
            var organizer = tenant.Organizers[i];
            if (string.IsNullOrWhiteSpace(organizer) || organizer.Length > 256
                || organizer.AsSpan().IndexOfAny(OrganizerForbidden) >= 0)
            {
                builder.AddError($"{path}:Organizers:{i} must be an object id (GUID) or a UPN, without quotes, slashes or spaces.");
            }
        }

        if (CheckUrl(builder, path + ":GraphBaseUrl", tenant.GraphBaseUrl, httpsOnly: false) is { } graph
            && !graph.AbsolutePath.TrimEnd('/').EndsWith("/v1.0", StringComparison.Ordinal))
        {
            builder.AddError($"{path}:GraphBaseUrl must end with /v1.0 (for example {GraphTenantOptions.DefaultGraphBaseUrl}).");
        }

        CheckUrl(builder, path + ":AuthorityHost", tenant.AuthorityHost, httpsOnly: true);
        if (tenant.NotificationUrl is not null)
        {
            CheckUrl(builder, path + ":NotificationUrl", tenant.NotificationUrl, httpsOnly: false);
        }
    }

    private static void CheckCredential(ValidateOptionsResultBuilder builder, string path, GraphTenantOptions tenant)
    {
        var hasSecret = !string.IsNullOrWhiteSpace(tenant.ClientSecret);
        var hasCertificate = !string.IsNullOrWhiteSpace(tenant.CertificatePath);
        if (hasSecret == hasCertificate)
        {
            builder.AddError(hasSecret
                ? $"{path}: set ClientSecret or CertificatePath, not both."
                : $"{path}: ClientSecret or CertificatePath is required (set the secret from the environment or a secret store).");
        }
        else if (hasCertificate && !File.Exists(tenant.CertificatePath))
        {
            builder.AddError($"{path}:CertificatePath names no readable file.");
        }
    }

    private static Uri? CheckUrl(ValidateOptionsResultBuilder builder, string path, string? value, bool httpsOnly)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null; // [Required] has reported it.
        }

        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            builder.AddError($"{path} must be an absolute https URL.");
        }
        else if (uri.Scheme == Uri.UriSchemeHttp && (httpsOnly || !uri.IsLoopback))
        {
            builder.AddError(httpsOnly
                ? $"{path} must use https: Azure.Identity refuses a token authority without TLS."
                : $"{path} must use https (plain http is allowed only for a loopback test server).");
        }
        else if (!string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment))
        {
            builder.AddError($"{path} must not have a query or fragment.");
        }
        else
        {
            return uri;
        }

        return null;
    }
}
