using Microsoft.Extensions.Options;

namespace Vetting.Service.Auth;

/// <summary>Rules across fields: OpenID Connect needs an authority and a client id, and distinct role values.</summary>
internal sealed class VettingAuthOptionsRules : IValidateOptions<VettingAuthOptions>
{
    public ValidateOptionsResult Validate(string? name, VettingAuthOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Mode != AuthMode.Oidc)
        {
            return ValidateOptionsResult.Success;
        }

        var failures = new List<string>();
        var oidc = options.Oidc;
        if (string.IsNullOrWhiteSpace(oidc.Authority))
        {
            failures.Add("Vetting:Auth:Oidc:Authority is required when Vetting:Auth:Mode is Oidc");
        }
        else if (oidc.RequireHttpsMetadata && !oidc.Authority.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            failures.Add("Vetting:Auth:Oidc:Authority must be an https URL (or set RequireHttpsMetadata to false for a local test provider)");
        }

        if (string.IsNullOrWhiteSpace(oidc.ClientId))
        {
            failures.Add("Vetting:Auth:Oidc:ClientId is required when Vetting:Auth:Mode is Oidc");
        }

        var values = new[] { oidc.AdminValue, oidc.ReviewerValue, oidc.ViewerValue };
        if (values.Distinct(StringComparer.Ordinal).Count() != values.Length)
        {
            failures.Add("Vetting:Auth:Oidc:AdminValue, ReviewerValue and ViewerValue must differ");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
