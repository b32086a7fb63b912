using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace VettingService.Tests.Auth;

/// <summary>
/// A small OpenID Connect provider on 127.0.0.1: discovery document, signing keys, an authorize endpoint that signs in
/// <see cref="NextUser"/> at once, and a token endpoint that checks the client secret and the PKCE verifier before it
/// issues an RS256 ID token with the nonce, the user id, the name and the role claim values.
/// </summary>
internal sealed class FakeOidcProvider : IAsyncDisposable
{
    public const string ClientId = "vetting-test";
    public const string ClientSecret = "oidc-client-s3cret";

    private readonly RSA _rsa = RSA.Create(2048);
    private readonly ConcurrentDictionary<string, (string Nonce, string Challenge, OidcUser User)> _codes = new(StringComparer.Ordinal);
    private readonly WebApplication _app;

    private FakeOidcProvider(WebApplication app) => _app = app;

    public string Issuer { get; private set; } = "";

    /// <summary>Who signs in at the next authorize request.</summary>
    public OidcUser NextUser { get; set; } = new("user-123", "Rev Iewer", ["reviewer"]);

    /// <summary>Token requests refused (wrong secret or PKCE verifier).</summary>
    public int RefusedTokenRequests { get; private set; }

    public static async Task<FakeOidcProvider> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var provider = new FakeOidcProvider(app);
        app.MapGet("/.well-known/openid-configuration", provider.Discovery);
        app.MapGet("/jwks", provider.Keys);
        app.MapGet("/authorize", provider.Authorize);
        app.MapPost("/token", provider.TokenAsync);
        await app.StartAsync(TestContext.Current.CancellationToken);
        provider.Issuer = app.Urls.First();
        return provider;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
        _rsa.Dispose();
    }

    private IResult Discovery() => Results.Text(
        $$"""
        {
          "issuer": "{{Issuer}}",
          "authorization_endpoint": "{{Issuer}}/authorize",
          "token_endpoint": "{{Issuer}}/token",
          "jwks_uri": "{{Issuer}}/jwks",
          "response_types_supported": ["code"],
          "subject_types_supported": ["public"],
          "id_token_signing_alg_values_supported": ["RS256"],
          "code_challenge_methods_supported": ["S256"]
        }
        """,
        "application/json");

    private IResult Keys()
    {
        var parameters = _rsa.ExportParameters(includePrivateParameters: false);
        return Results.Json(new
        {
            keys = new[]
            {
                new { kty = "RSA", use = "sig", alg = "RS256", kid = "test-key", n = Base64UrlEncoder.Encode(parameters.Modulus), e = Base64UrlEncoder.Encode(parameters.Exponent) },
            },
        });
    }

    private IResult Authorize(HttpRequest request)
    {
        var query = request.Query;
        if (query["client_id"] != ClientId || query["response_type"] != "code" || query["code_challenge_method"] != "S256")
        {
            return Results.BadRequest("unexpected authorization request");
        }

        var code = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        _codes[code] = (query["nonce"].ToString(), query["code_challenge"].ToString(), NextUser);
        return Results.Redirect($"{query["redirect_uri"]}?code={code}&state={Uri.EscapeDataString(query["state"].ToString())}");
    }

    private async Task<IResult> TokenAsync(HttpRequest request)
    {
        var form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
        var verifier = form["code_verifier"].ToString();
        var challenge = Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));
        if (!_codes.TryRemove(form["code"].ToString(), out var grant) || form["client_secret"] != ClientSecret || grant.Challenge != challenge)
        {
            RefusedTokenRequests++;
            return Results.Json(new { error = "invalid_grant" }, statusCode: StatusCodes.Status400BadRequest);
        }

        var claims = new Dictionary<string, object> { ["sub"] = grant.User.Subject, ["name"] = grant.User.Name, ["nonce"] = grant.Nonce };
        if (grant.User.Roles.Count > 0)
        {
            claims["roles"] = grant.User.Roles;
        }

        var now = TimeProvider.System.GetUtcNow().UtcDateTime; // the handler checks lifetimes against the real clock
        var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = ClientId,
            Claims = claims,
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddMinutes(5),
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(_rsa) { KeyId = "test-key" }, SecurityAlgorithms.RsaSha256),
        });
        return Results.Json(new { access_token = "opaque", token_type = "Bearer", expires_in = 300, id_token = token });
    }

    internal sealed record OidcUser(string Subject, string Name, IReadOnlyList<string> Roles);
}
