namespace Vetting.Connectors.Zoom.Auth;

/// <summary>An S2S OAuth access token. <see cref="ToString"/> hides the value so it never reaches a log.</summary>
/// <param name="Value">The bearer token (secret).</param>
/// <param name="ExpiresAt">When Zoom stops accepting it.</param>
/// <param name="RenewAt">When to fetch the next one: 60 s before expiry (rivet's margin), or half-way for short lifetimes.</param>
/// <param name="ApiBase">A regional API host from the token's <c>api_url</c>, when given and acceptable.</param>
internal sealed record ZoomAccessToken(string Value, DateTimeOffset ExpiresAt, DateTimeOffset RenewAt, Uri? ApiBase)
{
    public override string ToString() => $"ZoomAccessToken(expires {ExpiresAt:O})";
}
