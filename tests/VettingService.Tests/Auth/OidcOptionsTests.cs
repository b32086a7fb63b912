using System.Security.Claims;
using Vetting.Service.Auth;

namespace VettingService.Tests.Auth;

/// <summary>OpenID Connect settings checked at start, and the mapping of the provider's claims to our user and role.</summary>
public sealed class OidcOptionsTests
{
    [Fact]
    public void Validate_OidcWithoutAuthorityOrClient_NamesBoth()
    {
        var result = new VettingAuthOptionsRules().Validate(null, new VettingAuthOptions { Mode = AuthMode.Oidc });

        Assert.True(result.Failed);
        Assert.Contains(result.Failures!, f => f.Contains("Authority", StringComparison.Ordinal));
        Assert.Contains(result.Failures!, f => f.Contains("ClientId", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_PlainHttpAuthority_FailsUnlessHttpsMetadataIsOff()
    {
        var strict = Oidc(o => o.Authority = "http://login.example.org");
        var relaxed = Oidc(o => (o.Authority, o.RequireHttpsMetadata) = ("http://127.0.0.1:5000", false));

        Assert.True(new VettingAuthOptionsRules().Validate(null, strict).Failed);
        Assert.True(new VettingAuthOptionsRules().Validate(null, relaxed).Succeeded);
    }

    [Fact]
    public void Validate_SameValueForTwoRoles_Fails()
    {
        var options = Oidc(o => o.ReviewerValue = o.AdminValue);

        Assert.True(new VettingAuthOptionsRules().Validate(null, options).Failed);
    }

    [Fact]
    public void Validate_LocalMode_IgnoresOidcSection()
    {
        Assert.True(new VettingAuthOptionsRules().Validate(null, new VettingAuthOptions()).Succeeded);
    }

    [Fact]
    public void Map_SeveralRoleValues_HighestRoleAndPrefixedId()
    {
        var mapped = OidcPrincipalMapper.Map(External(("sub", "abc"), ("name", "Ada"), ("roles", "viewer"), ("roles", "admin")), new VettingOidcOptions(), out _);

        Assert.NotNull(mapped);
        Assert.Equal(("oidc-abc", VettingRoles.Admin), (VettingUser.Id(mapped), VettingUser.Role(mapped)));
    }

    [Fact]
    public void Map_EntraClaims_ConfiguredClaimNamesUsed()
    {
        var options = new VettingOidcOptions { UserIdClaim = "oid", RoleClaim = "groups", ReviewerValue = "vetting-reviewers" };

        var mapped = OidcPrincipalMapper.Map(External(("oid", "0000-1111"), ("groups", "vetting-reviewers")), options, out _);

        Assert.Equal(VettingRoles.Reviewer, VettingUser.Role(mapped!));
        Assert.Equal("oidc-0000-1111", VettingUser.Id(mapped!));
    }

    [Theory]
    [InlineData("someone@example.org", "admin", "e-mail")]
    [InlineData("abc", "guest", "none of the configured values")]
    [InlineData("", "admin", "missing")]
    public void Map_UnusableIdOrNoRole_RefusedWithReason(string subject, string role, string reason)
    {
        var mapped = OidcPrincipalMapper.Map(External(("sub", subject), ("roles", role)), new VettingOidcOptions(), out var problem);

        Assert.Null(mapped);
        Assert.Contains(reason, problem, StringComparison.Ordinal);
    }

    private static VettingAuthOptions Oidc(Action<VettingOidcOptions> change)
    {
        var options = new VettingAuthOptions { Mode = AuthMode.Oidc, Oidc = new VettingOidcOptions { Authority = "https://login.example.org", ClientId = "vetting" } };
        change(options.Oidc);
        return options;
    }

    private static ClaimsPrincipal External(params (string Type, string Value)[] claims) =>
        new(new ClaimsIdentity(claims.Where(c => c.Value.Length > 0).Select(c => new Claim(c.Type, c.Value)), "oidc"));
}
